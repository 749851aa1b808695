package org.atelier.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every Atelier service exposes, checked the same way everywhere. */
public final class ServiceBasics {

    private ServiceBasics() {
    }

    /**
     * Readiness and liveness are UP with the database and the broker in readiness, OpenAPI and Prometheus
     * metrics are served, the OpenAPI document passes an independent parser with
     * every operation's problem responses, licence, contact and server ({@link OpenApiContract}), an unknown route is an RFC 9457 problem, and the API refuses anonymous callers.
     *
     * @param api a client with a valid token
     */
    public static void assertBasicsExposed(ApiClient api) {
        ApiClient.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().get("components").has("mongo")).as("database in readiness").isTrue();
        assertThat(readiness.json().get("components").has("kafka")).as("broker in readiness").isTrue();

        ApiClient.Response liveness = api.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().has("components") && liveness.json().get("components").has("kafka"))
                .as("the broker never decides liveness").isFalse();

        ApiClient.Response apiDocs = api.anonymous().get("/v3/api-docs");
        assertThat(apiDocs.json().get("openapi").asString()).startsWith("3.");
        OpenApiContract.assertConforms(apiDocs.body());
        assertThat(api.get("/swagger-ui.html", "text/html").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");

        ApiClient.Response anonymous = api.anonymous().get("/api/no-such-route");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).as("problem+json").isTrue();

        ApiClient.Response unknown = api.get("/api/no-such-route");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).as("problem+json").isTrue();
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
    }
}
