package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.OpenApiContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API is documented like every service's: an OpenAPI document other tools parse, open to read, and problem+json errors. */
class AdminApiDocumentIT extends RunningProvider {

    @Test
    void theOpenApiDocumentDescribesTheAdminApiAndPassesAnIndependentParser() {
        ApiClient.Response document = ApiClient.localPort(port).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        OpenApiContract.assertConforms(document.body());
        JsonNode api = document.json();
        assertThat(api.get("paths").propertyNames()).contains("/api/departments", "/api/departments/{code}", "/api/departments/{code}/names",
                "/api/departments/{code}/closure", "/api/people", "/api/people/{username}", "/api/people/{username}/assignment",
                "/api/people/{username}/deactivation", "/api/people/{username}/reactivation");
        assertThat(api.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
        assertThat(api.get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(api.get("components").get("schemas").get("Person").get("properties").propertyNames())
                .doesNotContain("password", "passwordHash", "initialPassword");
        assertThat(ApiClient.localPort(port).get("/swagger-ui.html", "text/html").status()).isEqualTo(200);
    }

    @Test
    void anUnknownRouteIsAProblemForAnonymousCallersAndAdministratorsAlike() {
        ApiClient.Response anonymous = ApiClient.localPort(port).get("/api/no-such-route");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();

        ApiClient.Response unknown = new AdminApiCallers(baseUrl(), port).provisioning().get("/api/no-such-route");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        ApiClient.Response noSuchPerson = new AdminApiCallers(baseUrl(), port).provisioning().get("/api/people/nobody-at-all");
        assertThat(noSuchPerson.status()).isEqualTo(404);
        assertThat(noSuchPerson.isProblem()).isTrue();
    }
}
