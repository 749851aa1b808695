package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testsupport.ApiClient;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every writing endpoint of the admin API against a battery of hostile bodies, made by replacing each field of a
 * valid body in turn (wrong types, nulls, huge and negative numbers, long and control-character text, operators,
 * nested objects) and by broken documents, and against hostile addresses and idempotency keys. Whatever comes in:
 * never a server error, every refusal is problem details, and a refusal changes nothing.
 */
class AdminApiHostileInputIT extends RunningProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE_VALUES = List.of("null", "\"\"", "\" \"", "0", "-1", "1.5", "1e309",
            "-9223372036854775809", "9223372036854775807", "true", "[]", "{}", "[1,2]", "[null]", "{\"$gt\":\"\"}",
            "\"" + "x".repeat(5_000) + "\"", "\"\\u0000\\u202e\"", "\"<script>alert(1)</script>\"", "\"ADMIN\"", "[\"ADMIN\",\"ROOT\"]",
            "\"../../etc/passwd\"", "\"a\\nb\"");
    private static final List<String> BROKEN_DOCUMENTS = List.of("", "null", "[]", "{", "{\"a\":", "\"text\"", "{}{}",
            "[".repeat(2_000) + "]".repeat(2_000), "{\"code\":\"a\",\"code\":\"b\"}");
    /** An encoded NUL or slash never gets this far: Tomcat refuses them (a plain 400) before any filter. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("..", "%2E%2E", "x".repeat(2_000), "%E2%80%AEsales",
            "SALES%20", "%7B%22%24gt%22%3A%22%22%7D", "sales%3Bdrop", "-", "1e10");

    record Endpoint(String method, String path, String validBody) {
    }

    @Autowired
    MongoTemplate mongo;

    private ApiClient provisioning;
    private String department;
    private String person;

    @BeforeEach
    void aDepartmentAndAPersonToAimAt() {
        provisioning = new AdminApiCallers(baseUrl(), port).provisioning();
        department = "hostile-" + System.nanoTime();
        person = "hostile-" + System.nanoTime();
        assertThat(provisioning.postJson("/api/departments", "{\"code\":\"%s\",\"nameEn\":\"Target\",\"nameRu\":\"Цель\"}".formatted(department))
                .status()).isEqualTo(201);
        assertThat(provisioning.postJson("/api/people", """
                {"username":"%s","displayName":"Target Person","department":"sales","level":"OTHER_STAFF","roles":["EMPLOYEE"]}"""
                .formatted(person)).status()).isEqualTo(201);
    }

    @Test
    void noBodyCanCauseAServerErrorAndEveryRefusalChangesNothing() {
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/departments", "{\"code\":\"fuzz-dept\",\"nameEn\":\"Fuzz\",\"nameRu\":\"Фазз\"}"),
                new Endpoint("PUT", "/api/departments/" + department + "/names", "{\"nameEn\":\"Fuzz\",\"nameRu\":\"Фазз\"}"),
                new Endpoint("POST", "/api/people", """
                        {"username":"fuzz-person","displayName":"Fuzz","email":"fuzz@example.com","department":"sales",
                         "level":"OTHER_STAFF","roles":["EMPLOYEE"],"initialPassword":"a long enough password"}"""),
                new Endpoint("PUT", "/api/people/" + person + "/assignment",
                        "{\"department\":\"sales\",\"level\":\"OTHER_STAFF\",\"roles\":[\"EMPLOYEE\"],\"version\":1}"));

        List<String> serverErrors = new ArrayList<>();
        int refused = 0;
        for (Endpoint endpoint : endpoints) {
            for (String body : hostileBodies(endpoint.validBody())) {
                List<Document> before = everything();
                ApiClient.Response response = provisioning.json(endpoint.method(), endpoint.path(), body);
                if (response.status() >= 500) {
                    serverErrors.add(endpoint.method() + " " + endpoint.path() + " " + abbreviate(body) + " -> " + response.status());
                } else if (response.status() >= 400) {
                    refused++;
                    assertThat(response.isProblem()).as(endpoint + " " + abbreviate(body) + " -> " + response.status()).isTrue();
                    assertThat(everything()).as("a refused " + endpoint + " " + abbreviate(body) + " changed nothing").isEqualTo(before);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
        assertThat(refused).as("the battery is hostile enough to be refused most of the time").isGreaterThan(250);
    }

    @Test
    void noAddressCanCauseAServerErrorAndEveryRefusalChangesNothing() {
        List<String> serverErrors = new ArrayList<>();
        for (String segment : HOSTILE_SEGMENTS) {
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("/api/departments/" + segment, "GET");
            calls.put("/api/departments/" + segment + "/closure", "POST");
            calls.put("/api/departments/" + segment + "/names", "PUT");
            calls.put("/api/people/" + segment, "GET");
            calls.put("/api/people/" + segment + "/deactivation", "POST");
            calls.put("/api/people/" + segment + "/reactivation", "POST");
            calls.put("/api/people/" + segment + "/assignment", "PUT");
            calls.put("/api/people?q=" + segment + "&department=" + segment, "GET");
            calls.forEach((path, method) -> {
                List<Document> before = everything();
                ApiClient.Response response = method.equals("GET") ? provisioning.get(path)
                        : provisioning.json(method, path, method.equals("PUT") ? "{\"nameEn\":\"A\",\"nameRu\":\"Б\"}" : "");
                if (response.status() >= 500) {
                    serverErrors.add(method + " " + abbreviate(path) + " -> " + response.status());
                } else if (response.status() >= 400) {
                    assertThat(response.isProblem()).as(method + " " + abbreviate(path) + " -> " + response.status()).isTrue();
                    assertThat(everything()).isEqualTo(before);
                }
            });
        }
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void aHostileIdempotencyKeyIsRefusedAndTheSameKeyTwiceCreatesOnce() {
        for (String key : List.of(" ", "x".repeat(300), "{\"$gt\":\"\"}")) {
            List<Document> before = everything();
            ApiClient.Response response = provisioning.withHeader("Idempotency-Key", key).postJson("/api/departments",
                    "{\"code\":\"keyed-" + System.nanoTime() + "\",\"nameEn\":\"Keyed\",\"nameRu\":\"Ключ\"}");
            if (response.status() >= 400) {
                assertThat(response.status()).as(key).isLessThan(500);
                assertThat(response.isProblem()).isTrue();
                assertThat(everything()).isEqualTo(before);
            }
        }

        String code = "keyed-" + System.nanoTime();
        String body = "{\"code\":\"" + code + "\",\"nameEn\":\"Keyed\",\"nameRu\":\"Ключ\"}";
        ApiClient keyed = provisioning.withHeader("Idempotency-Key", "create-" + code);
        ApiClient.Response first = keyed.postJson("/api/departments", body);
        ApiClient.Response again = keyed.postJson("/api/departments", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as("the first answer, again").isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(keyed.postJson("/api/departments", body.replace("Keyed", "Other")).status()).as("the key with another body").isEqualTo(422);
    }

    private List<Document> everything() {
        List<Document> all = new ArrayList<>();
        for (String collection : List.of("departments", "users")) {
            mongo.getCollection(collection).find().sort(new Document("_id", 1)).forEach(document -> {
                document.remove("outbox");
                document.remove("outboxLease");
                all.add(document);
            });
        }
        return all;
    }

    private static List<String> hostileBodies(String validBody) {
        List<String> bodies = new ArrayList<>(BROKEN_DOCUMENTS);
        ObjectNode valid = (ObjectNode) JSON.readTree(validBody);
        for (Iterator<String> fields = valid.propertyNames().iterator(); fields.hasNext(); ) {
            String field = fields.next();
            for (String value : HOSTILE_VALUES) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(field, JSON.readTree(value));
                bodies.add(JSON.writeValueAsString(mutated));
            }
            ObjectNode without = valid.deepCopy();
            without.remove(field);
            bodies.add(JSON.writeValueAsString(without));
        }
        return bodies;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
