package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every report against every way a caller can be wrong, and the roles that may read them. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_security_it",
        "atelier.topics.loyalty=it.reporting-security.loyalty.events"})
class ChurnReportSecurityIT {

    /** A call of one endpoint; a machine needs {@code atelier.read} for a GET and {@code atelier.write} for a POST. */
    record Call(String method, String path, String body) {

        static Call get(String path) {
            return new Call("GET", path, null);
        }

        ApiClient.Response on(ApiClient api) {
            return "GET".equals(method) ? api.get(path) : api.json(method, path, body);
        }

        boolean reads() {
            return "GET".equals(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every report endpoint (aliases included); a new one joins the table here. */
    static final List<Call> REPORTS = List.of(Call.get("/api/reports/churn?year=2026"), Call.get("/api/reports/churn?year=2026&quarter=2"),
            Call.get("/api/reports/exit-interviews?year=2026"), Call.get("/api/reports/claims?year=2026"),
            Call.get("/api/reports/claim-outcomes?year=2026"), Call.get("/api/reports/pool/2026"), Call.get("/api/reports/pool?year=2026"),
            new Call("POST", "/api/reports/pool/2026/what-if", "{\"gateRule\":\"PLAN\"}"),
            Call.get("/api/reports/pool/what-if?year=2026&gateRule=PLAN"), Call.get("/api/reports/freshness"),
            Call.get("/api/reports/matrix"), Call.get("/api/reports/who-sewed-the-suit?year=2026"),
            Call.get("/api/reports/who-sewed-the-suit?year=2026&quarter=2"));

    @LocalServerPort
    int port;

    static Stream<Arguments> refusedTokens() {
        return TestIdentityProvider.tokensToRefuse("top-management", "MANAGEMENT").entrySet().stream()
                .map(token -> Arguments.of(token.getKey(), token.getValue()));
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("refusedTokens")
    void aTokenThatCannotBeTrustedIsRefused(String kind, String token) {
        ApiClient api = token == null ? ApiClient.localPort(port) : ApiClient.localPort(port).withToken(token);

        for (Call report : REPORTS) {
            ApiClient.Response response = report.on(api);

            assertThat(response.status()).as(report.toString()).isEqualTo(401);
            assertThat(response.isProblem()).as(report.toString()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
            "top-management, MANAGEMENT,      200",
            "finance,        FINANCE,         200",
            "logistics,      DEPARTMENT_HEAD, 200",
            "it,             ADMIN,           200",
            "sales,          EMPLOYEE,        403",
            "logistics,      EMPLOYEE,        403"})
    void managementFinanceAndHeadsReadTheReport(String department, String role, int status) {
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.user(department, role).signed());

        for (Call report : REPORTS) {
            ApiClient.Response response = report.on(api);

            assertThat(response.status()).as(report.toString()).isEqualTo(status);
            if (status == 403) {
                assertThat(response.isProblem()).as(report.toString()).isTrue();
            }
        }
    }

    /** A machine needs the scope of what it does: {@code atelier.read} to read, {@code atelier.write} for the what-if's POST. */
    @ParameterizedTest(name = "a machine with scope \"{0}\"")
    @ValueSource(strings = {"atelier.read atelier.write", "atelier.read", "atelier.write", "openid", ""})
    void otherSystemsReadTheReportWithTheReadScope(String scope) {
        ApiClient machine = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopeText(scope).signed());

        for (Call report : REPORTS) {
            ApiClient.Response response = report.on(machine);
            String needed = report.reads() ? "atelier.read" : "atelier.write";
            boolean granted = List.of(scope.split(" ")).contains(needed);

            assertThat(response.status()).as(report + " with " + scope).isEqualTo(granted ? 200 : 403);
            if (!granted) {
                assertThat(response.isProblem()).as(report.toString()).isTrue();
                assertThat(response.json().get("detail").asString()).as(report.toString()).contains(needed);
            }
        }
    }
}
