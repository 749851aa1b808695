package org.atelier.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.OpenApiContract;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The rebuild action against every way a caller can be wrong, the callers who may use it, and hostile view names. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_rebuild_security_it",
        "atelier.topics.loyalty=it.rebuild-security.loyalty.events",
        "atelier.topics.survey=it.rebuild-security.survey.events",
        "atelier.topics.claims=it.rebuild-security.claims.events"})
class RebuildSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> refusedTokens() {
        return TestIdentityProvider.tokensToRefuse("it", "ADMIN").entrySet().stream().map(token -> Arguments.of(token.getKey(), token.getValue()));
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("refusedTokens")
    void aTokenThatCannotBeTrustedIsRefusedAndNothingStarts(String kind, String token) {
        ApiClient api = token == null ? ApiClient.localPort(port) : ApiClient.localPort(port).withToken(token);

        for (ApiClient.Response response : List.of(api.post("/api/admin/rebuild/claims", "application/json", ""),
                api.get("/api/admin/rebuild/claims"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(mongo.findById("claims", org.bson.Document.class, "view_rebuilds")).as("no rebuild was started").isNull();
    }

    @ParameterizedTest(name = "{0} with {1} → 403")
    @CsvSource({
            "top-management, MANAGEMENT",
            "finance,        FINANCE",
            "logistics,      DEPARTMENT_HEAD",
            "sales,          EMPLOYEE"})
    void onlyAdministratorsRebuild(String department, String role) {
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.user(department, role).signed());

        for (ApiClient.Response response : List.of(api.post("/api/admin/rebuild/exit-interviews", "application/json", ""),
                api.get("/api/admin/rebuild/exit-interviews"))) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(mongo.findById("exit-interviews", org.bson.Document.class, "view_rebuilds")).as("no rebuild was started").isNull();
    }

    @Test
    void anAdministratorStartsARebuildAndFollowsIt() {
        ApiClient admin = ApiClient.localPort(port).withToken(TestIdentityProvider.user("it", "ADMIN").signed());

        ApiClient.Response started = admin.post("/api/admin/rebuild/matrix", "application/json", "");

        assertThat(started.status()).as(started.body()).isIn(202, 409);
        ApiClient.Response status = admin.get("/api/admin/rebuild/matrix");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("view").asString()).isEqualTo("matrix");
        assertThat(status.json().get("state").asString()).isIn("RUNNING", "FINISHED");
    }

    @ParameterizedTest(name = "a machine with scope \"{0}\": POST → {1}, GET → {2}")
    @CsvSource(delimiter = '|', value = {
            "atelier.read atelier.write | 202 | 200",
            "atelier.read               | 403 | 200",
            "atelier.write              | 202 | 403",
            "openid                     | 403 | 403",
            "''                         | 403 | 403"})
    void otherSystemsRebuildWithTheWriteScopeAndFollowWithTheReadScope(String scope, int post, int get) {
        ApiClient machine = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopeText(scope).signed());

        ApiClient.Response started = machine.post("/api/admin/rebuild/pool", "application/json", "");
        ApiClient.Response status = machine.get("/api/admin/rebuild/pool");

        if (post == 202) {
            assertThat(started.status()).as("started, or one still running").isIn(202, 409);
        } else {
            assertThat(started.status()).isEqualTo(403);
            assertThat(started.json().get("detail").asString()).contains("atelier.write");
        }
        assertThat(status.status()).isEqualTo(get);
        if (started.status() != 202) {
            assertThat(started.isProblem()).isTrue();
        }
        if (get == 403) {
            assertThat(status.isProblem()).isTrue();
        }
    }

    @Test
    void anUnknownOrHostileViewIsAProblemNeverAServerError() {
        ApiClient admin = ApiClient.localPort(port).withToken(TestIdentityProvider.user("it", "ADMIN").signed());
        List<String> hostile = List.of("unknown", "CHURN", "churn ", "-1", "0", "99999999999999999999999", "null", "true",
                "churn'--", "<script>alert(1)</script>", "..", "%00", "x".repeat(5_000), "{\"$gt\":\"\"}", "ЯЯЯ", "view_collections");
        for (String view : hostile) {
            String path = "/api/admin/rebuild/" + URLEncoder.encode(view, StandardCharsets.UTF_8).replace("+", "%20");
            for (ApiClient.Response response : List.of(admin.post(path, "application/json", ""), admin.get(path))) {
                assertThat(response.status()).as(view).isIn(400, 404);
                if (response.contentType() != null && response.contentType().contains("json")) {
                    assertThat(response.isProblem()).as(view).isTrue();
                }
            }
        }
        ApiClient.Response unknown = admin.post("/api/admin/rebuild/unknown", "application/json", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(mongo.getCollectionNames()).as("nothing registered for a view that does not exist").doesNotContain("view_collections_rbad");
    }

    @Test
    void theOpenApiDocumentDescribesTheRebuild() {
        ApiClient.Response document = ApiClient.localPort(port).anonymous().get("/v3/api-docs");
        JsonNode paths = document.json().get("paths");

        assertThat(paths.get("/api/admin/rebuild/{view}").has("post")).isTrue();
        assertThat(paths.get("/api/admin/rebuild/{view}").has("get")).isTrue();
        assertThat(paths.get("/api/admin/rebuild/{view}").get("post").get("responses").has("202")).isTrue();
        OpenApiContract.assertConforms(document.body());
    }
}
