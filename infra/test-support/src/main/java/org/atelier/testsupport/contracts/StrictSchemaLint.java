package org.atelier.testsupport.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules of ajv's strict mode ({@code strict: true}) for JSON Schema 2020-12, which networknt's validator does not
 * enforce: external consumers validate our payloads with ajv, and a schema it refuses is a contract they cannot use.
 *
 * <ul>
 *   <li>no unknown keywords, and no {@code then}/{@code else} without {@code if}, no {@code minContains}/{@code
 *       maxContains} without {@code contains};</li>
 *   <li>strict types: a keyword that applies to one JSON type ({@code minItems}, {@code maxLength}, {@code properties},
 *       ...) needs {@code type} naming it in the same schema or in a parent that applies to the same value
 *       ({@code allOf}, {@code if}/{@code then}/{@code else}, ...); no union types except with {@code "null"};</li>
 *   <li>strict required: every {@code required} property is defined in {@code properties};</li>
 *   <li>only formats ajv-formats knows; the root declares {@code $schema} 2020-12.</li>
 * </ul>
 */
public final class StrictSchemaLint {

    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties", "dependentSchemas",
            "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "unevaluatedItems", "unevaluatedProperties",
            "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
            "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
            "minProperties", "required", "dependentRequired", "title", "description", "default", "deprecated", "readOnly",
            "writeOnly", "examples", "format", "contentEncoding", "contentMediaType");

    /** The JSON type each type-specific keyword applies to, as ajv's rules define them. */
    private static final Map<String, String> APPLIES_TO = Map.ofEntries(
            Map.entry("maximum", "number"), Map.entry("minimum", "number"), Map.entry("exclusiveMaximum", "number"),
            Map.entry("exclusiveMinimum", "number"), Map.entry("multipleOf", "number"),
            Map.entry("maxLength", "string"), Map.entry("minLength", "string"), Map.entry("pattern", "string"),
            Map.entry("maxItems", "array"), Map.entry("minItems", "array"), Map.entry("uniqueItems", "array"),
            Map.entry("items", "array"), Map.entry("prefixItems", "array"), Map.entry("contains", "array"),
            Map.entry("unevaluatedItems", "array"),
            Map.entry("maxProperties", "object"), Map.entry("minProperties", "object"), Map.entry("required", "object"),
            Map.entry("properties", "object"), Map.entry("patternProperties", "object"), Map.entry("additionalProperties", "object"),
            Map.entry("dependentRequired", "object"), Map.entry("dependentSchemas", "object"), Map.entry("propertyNames", "object"),
            Map.entry("unevaluatedProperties", "object"));

    /** Applicators whose subschemas apply to the same value, so inherit its declared types. */
    private static final Set<String> SAME_VALUE_SINGLE = Set.of("not", "if", "then", "else");
    private static final Set<String> SAME_VALUE_ARRAYS = Set.of("allOf", "anyOf", "oneOf");
    /** Applicators whose subschemas apply to a child value (or a key), so start without types. */
    private static final Set<String> CHILD_SINGLE = Set.of("additionalProperties", "items", "contains", "unevaluatedItems",
            "unevaluatedProperties", "propertyNames");
    private static final Set<String> CHILD_MAPS = Set.of("properties", "patternProperties");

    private static final Set<String> KNOWN_FORMATS = Set.of("date", "time", "date-time", "iso-time", "iso-date-time", "duration",
            "uri", "uri-reference", "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer",
            "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float", "double", "password", "binary");

    private StrictSchemaLint() {
    }

    /** @return every breach of strict mode, each with its JSON pointer; empty when ajv's strict mode accepts the schema */
    public static List<String> violations(JsonNode schema) {
        List<String> found = new ArrayList<>();
        if (!schema.isObject() || !DRAFT_2020_12.equals(text(schema.get("$schema")))) {
            found.add("/: must declare \"$schema\": \"" + DRAFT_2020_12 + "\"");
        }
        check(schema, "", Set.of(), Set.of(), found);
        return found;
    }

    private static void check(JsonNode schema, String pointer, Set<String> inheritedTypes, Set<String> inheritedProperties,
                              List<String> found) {
        if (schema.isBoolean()) {
            return;
        }
        if (!schema.isObject()) {
            found.add(at(pointer) + ": a schema must be an object or a boolean");
            return;
        }
        Set<String> ownTypes = types(schema.get("type"));
        if (ownTypes.size() > 1 && !(ownTypes.size() == 2 && ownTypes.contains("null"))) {
            found.add(at(pointer) + ": union type " + ownTypes + " (only a type with \"null\" is allowed)");
        }
        Set<String> types = ownTypes.isEmpty() ? inheritedTypes : ownTypes;
        Set<String> properties = new HashSet<>(inheritedProperties);
        if (schema.get("properties") != null && schema.get("properties").isObject()) {
            properties.addAll(schema.get("properties").propertyNames());
        }

        for (String keyword : schema.propertyNames()) {
            if (!KEYWORDS.contains(keyword)) {
                found.add(at(pointer) + ": unknown keyword \"" + keyword + "\"");
            }
            String applicable = APPLIES_TO.get(keyword);
            if (applicable != null && !applies(applicable, types)) {
                found.add(at(pointer) + ": missing type \"" + applicable + "\" for keyword \"" + keyword + "\"");
            }
        }
        if ((schema.has("then") || schema.has("else")) && !schema.has("if")) {
            found.add(at(pointer) + ": \"then\"/\"else\" without \"if\" are ignored");
        }
        if ((schema.has("minContains") || schema.has("maxContains")) && !schema.has("contains")) {
            found.add(at(pointer) + ": \"minContains\"/\"maxContains\" without \"contains\" are ignored");
        }
        if (schema.has("format") && !KNOWN_FORMATS.contains(text(schema.get("format")))) {
            found.add(at(pointer) + ": unknown format \"" + text(schema.get("format")) + "\"");
        }
        if (schema.has("format") && !applies("string", types) && !applies("number", types)) {
            found.add(at(pointer) + ": missing type \"string\" for keyword \"format\"");
        }
        if (schema.get("required") != null) {
            for (JsonNode required : schema.get("required")) {
                if (!properties.contains(required.asString())) {
                    found.add(at(pointer) + ": required property \"" + required.asString() + "\" is not defined in \"properties\"");
                }
            }
        }

        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            String child = pointer + "/" + keyword;
            if (SAME_VALUE_SINGLE.contains(keyword)) {
                check(value, child, types, properties, found);
            } else if (SAME_VALUE_ARRAYS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), child + "/" + i, types, properties, found);
                }
            } else if (keyword.equals("dependentSchemas") || CHILD_MAPS.contains(keyword) || keyword.equals("$defs")) {
                boolean sameValue = keyword.equals("dependentSchemas");
                for (String name : value.propertyNames()) {
                    check(value.get(name), child + "/" + name, sameValue ? types : Set.of(), sameValue ? properties : Set.of(), found);
                }
            } else if (keyword.equals("prefixItems") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), child + "/" + i, Set.of(), Set.of(), found);
                }
            } else if (CHILD_SINGLE.contains(keyword)) {
                check(value, child, Set.of(), Set.of(), found);
            }
        }
    }

    private static boolean applies(String type, Set<String> types) {
        return types.contains(type) || ("number".equals(type) && types.contains("integer"));
    }

    private static Set<String> types(JsonNode type) {
        Set<String> types = new HashSet<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asString()));
        } else {
            types.add(type.asString());
        }
        return types;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
