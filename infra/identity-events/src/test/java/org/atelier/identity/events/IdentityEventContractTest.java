package org.atelier.identity.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.contracts.ContractFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdentityEventContractTest {

    /** What the directory must never carry, in any spelling: it is read by every service and kept forever. */
    private static final Pattern FORBIDDEN_PROPERTY = Pattern.compile("pass|hash|secret|token|credential|email", Pattern.CASE_INSENSITIVE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<EventType, Class<? extends Record>> RECORDS = Map.of(
            IdentityEvents.DEPARTMENT_CREATED_V1, DepartmentCreatedV1.class,
            IdentityEvents.DEPARTMENT_RENAMED_V1, DepartmentRenamedV1.class,
            IdentityEvents.DEPARTMENT_CLOSED_V1, DepartmentClosedV1.class,
            IdentityEvents.PERSON_JOINED_V1, PersonJoinedV1.class,
            IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1, PersonAssignmentChangedV1.class,
            IdentityEvents.PERSON_DEACTIVATED_V1, PersonDeactivatedV1.class,
            IdentityEvents.PERSON_REACTIVATED_V1, PersonReactivatedV1.class);

    static Stream<EventType> eventTypes() {
        return IdentityEvents.ALL.stream();
    }

    @Test
    void allListsEveryEventOnceAndEachIsADepartmentOrAPersonEvent() {
        assertThat(IdentityEvents.ALL).doesNotHaveDuplicates().hasSize(7).containsExactlyInAnyOrderElementsOf(
                Stream.concat(IdentityEvents.DEPARTMENT_EVENTS.stream(), IdentityEvents.PERSON_EVENTS.stream()).toList());
        assertThat(RECORDS.keySet()).containsExactlyInAnyOrderElementsOf(IdentityEvents.ALL);
        IdentityEvents.DEPARTMENT_EVENTS.forEach(type -> assertThat(RECORDS.get(type)).isAssignableTo(DepartmentStateV1.class));
        IdentityEvents.PERSON_EVENTS.forEach(type -> assertThat(RECORDS.get(type)).isAssignableTo(PersonStateV1.class));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleIsValidAgainstItsSchema(EventType type) {
        GoldenSample sample = GoldenSample.load(IdentityEvents.sampleResource(type));

        assertThat(EventSchemas.violations(IdentityEvents.schemaResource(type), sample.payload())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleCarriesCompleteEnvelopeKeyedByItsEntity(EventType type) {
        GoldenSample sample = GoldenSample.load(IdentityEvents.sampleResource(type));

        EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
        assertThat(metadata.type()).isEqualTo(type);
        assertThat(metadata.source()).isEqualTo(IdentityEvents.SOURCE).isEqualTo("/atelier/identity");
        assertThat(sample.key()).isEqualTo(metadata.subject());
        String prefix = IdentityEvents.DEPARTMENT_EVENTS.contains(type) ? IdentityEvents.DEPARTMENT_KEY_PREFIX : IdentityEvents.PERSON_KEY_PREFIX;
        String entity = JSON.readTree(sample.payload()).get(prefix.equals(IdentityEvents.DEPARTMENT_KEY_PREFIX) ? "code" : "username").asString();
        assertThat(sample.key()).isEqualTo(prefix + entity);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theRecordHasExactlyTheSchemasPropertiesAndSerializesToAValidPayload(EventType type) {
        JsonNode schema = JSON.readTree(ContractFiles.read(IdentityEvents.schemaResource(type)));
        Class<? extends Record> record = RECORDS.get(type);

        assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList())
                .containsExactlyElementsOf(schema.get("properties").propertyNames());
        Object payload = JSON.readValue(GoldenSample.load(IdentityEvents.sampleResource(type)).payload(), record);
        assertThat(EventSchemas.violations(IdentityEvents.schemaResource(type), JSON.writeValueAsString(payload))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyPropertyIsRequiredAndNoOtherIsAllowed(EventType type) {
        JsonNode schema = JSON.readTree(ContractFiles.read(IdentityEvents.schemaResource(type)));

        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(name -> required.add(name.asString()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
    }

    @Test
    void noIdentitySchemaNamesAPasswordHashSecretTokenCredentialOrEmail() {
        List<String> schemas = ContractFiles.schemas().stream().filter(name -> name.startsWith("schemas/identity/")).toList();
        assertThat(schemas).hasSize(IdentityEvents.ALL.size());

        for (String schema : schemas) {
            assertThat(propertyNames(JSON.readTree(ContractFiles.read(schema)))).as(schema)
                    .isNotEmpty()
                    .noneMatch(name -> FORBIDDEN_PROPERTY.matcher(name).find());
        }
    }

    @Test
    void theForbiddenNamesCheckCatchesAnyOfThem() {
        JsonNode leaking = JSON.readTree("""
                {"type":"object","properties":{"code":{"type":"string"},
                 "owner":{"type":"object","properties":{"passwordHash":{"type":"string"}}},
                 "items":{"type":"array","items":{"type":"object","properties":{"accessToken":{"type":"string"}}}}}}""");

        assertThat(propertyNames(leaking)).contains("passwordHash", "accessToken")
                .anyMatch(name -> FORBIDDEN_PROPERTY.matcher(name).find());
        assertThat(Stream.of("password", "PasswordHash", "clientSecret", "refreshToken", "credentials", "e-mail", "Email"))
                .filteredOn(name -> !FORBIDDEN_PROPERTY.matcher(name).find()).containsExactly("e-mail");
    }

    @Test
    void aPersonEventWithAnEmailOrAPasswordHashViolatesTheSchema() {
        String valid = GoldenSample.load(IdentityEvents.sampleResource(IdentityEvents.PERSON_JOINED_V1)).payload();
        String schema = IdentityEvents.schemaResource(IdentityEvents.PERSON_JOINED_V1);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, valid.replaceFirst("\\{", "{\"email\":\"olga@example.com\","))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, valid.replaceFirst("\\{", "{\"passwordHash\":\"{bcrypt}x\","))).isNotEmpty();
    }

    @Test
    void aPersonNeedsAKnownLevelAndAtLeastOneKnownRoleEachOnce() {
        String schema = IdentityEvents.schemaResource(IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1);
        String valid = person("\"DIVISION_HEAD\"", "[\"EMPLOYEE\",\"DEPARTMENT_HEAD\"]", true);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, person("\"CEO\"", "[\"EMPLOYEE\"]", true))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, person("\"OTHER_STAFF\"", "[]", true))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, person("\"OTHER_STAFF\"", "[\"EMPLOYEE\",\"EMPLOYEE\"]", true))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, person("\"OTHER_STAFF\"", "[\"ROOT\"]", true))).isNotEmpty();
    }

    @Test
    void aDeactivationSaysInactiveAndAReactivationSaysActive() {
        String deactivated = IdentityEvents.schemaResource(IdentityEvents.PERSON_DEACTIVATED_V1);
        String reactivated = IdentityEvents.schemaResource(IdentityEvents.PERSON_REACTIVATED_V1);

        assertThat(EventSchemas.violations(deactivated, person("\"OTHER_STAFF\"", "[\"EMPLOYEE\"]", false))).isEmpty();
        assertThat(EventSchemas.violations(deactivated, person("\"OTHER_STAFF\"", "[\"EMPLOYEE\"]", true))).isNotEmpty();
        assertThat(EventSchemas.violations(reactivated, person("\"OTHER_STAFF\"", "[\"EMPLOYEE\"]", true))).isEmpty();
        assertThat(EventSchemas.violations(reactivated, person("\"OTHER_STAFF\"", "[\"EMPLOYEE\"]", false))).isNotEmpty();
    }

    @Test
    void aClosedDepartmentIsNotInForceAndNeedsBothNamesAndAValidCode() {
        String closed = IdentityEvents.schemaResource(IdentityEvents.DEPARTMENT_CLOSED_V1);
        String created = IdentityEvents.schemaResource(IdentityEvents.DEPARTMENT_CREATED_V1);

        assertThat(EventSchemas.violations(closed, department("logistics", "Логистика", false))).isEmpty();
        assertThat(EventSchemas.violations(closed, department("logistics", "Логистика", true))).isNotEmpty();
        assertThat(EventSchemas.violations(created, department("logistics", "Логистика", true))).isEmpty();
        assertThat(EventSchemas.violations(created, department("logistics", "", true))).isNotEmpty();
        assertThat(EventSchemas.violations(created, department("Logistics Dept", "Логистика", true))).isNotEmpty();
    }

    @Test
    void keysNameTheEntity() {
        assertThat(IdentityEvents.departmentKey("logistics")).isEqualTo("department:logistics");
        assertThat(IdentityEvents.personKey("olga.sales")).isEqualTo("person:olga.sales");
        assertThat(IdentityEvents.TOPIC).isEqualTo("atelier.identity.events");
        assertThat(IdentityEvents.PERSON_JOINED_V1).hasToString("org.atelier.identity.PersonJoined.v1");
    }

    @Test
    void aRecordsInstantIsWrittenAsADateTime() {
        PersonJoinedV1 joined = new PersonJoinedV1("olga.sales", "Olga Petrova", "sales", "COMMERCIAL_STAFF", List.of("EMPLOYEE"), true,
                Instant.parse("2026-07-01T09:05:00Z"));

        String json = JSON.writeValueAsString(joined);

        assertThat(JSON.readTree(json).get("changedAt").asString()).isEqualTo("2026-07-01T09:05:00Z");
        assertThat(EventSchemas.violations(IdentityEvents.schemaResource(IdentityEvents.PERSON_JOINED_V1), json)).isEmpty();
    }

    private static String person(String level, String roles, boolean active) {
        return """
                {"username":"olga.sales","displayName":"Olga Petrova","department":"sales","level":%s,"roles":%s,
                 "active":%s,"changedAt":"2026-07-01T09:00:00Z"}""".formatted(level, roles, active);
    }

    private static String department(String code, String nameRu, boolean inForce) {
        return """
                {"code":"%s","nameEn":"Logistics","nameRu":"%s","inForce":%s,"changedAt":"2026-07-01T09:00:00Z"}"""
                .formatted(code, nameRu, inForce);
    }

    /** Every name under any {@code properties} of the schema, at any depth. */
    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        collect(schema, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (String field : node.propertyNames()) {
                JsonNode child = node.get(field);
                if ((field.equals("properties") || field.equals("patternProperties")) && child.isObject()) {
                    names.addAll(child.propertyNames());
                }
                collect(child, names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
