package org.atelier.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A golden sample message from an events module: the Kafka key, the CloudEvents headers and the JSON payload,
 * exactly as a consumer would receive them.
 */
public record GoldenSample(String key, Map<String, String> headers, String payload) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static GoldenSample load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample on the classpath at " + resource);
            }
            JsonNode root = JSON.readTree(in);
            Map<String, String> headers = new LinkedHashMap<>();
            root.get("headers").properties().forEach(entry -> headers.put(entry.getKey(), entry.getValue().asString()));
            return new GoldenSample(root.get("key").asString(), headers, JSON.writeValueAsString(root.get("payload")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same message with other header values, e.g. a fresh {@code ce_id}. */
    public GoldenSample withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new GoldenSample(key, copy, payload);
    }

    /** The same message with a payload field replaced (top-level, string value). */
    public GoldenSample withPayloadField(String field, String value) {
        tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(payload);
        node.put(field, value);
        return new GoldenSample(key, headers, JSON.writeValueAsString(node));
    }
}
