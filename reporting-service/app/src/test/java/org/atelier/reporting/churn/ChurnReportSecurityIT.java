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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every report against every way a caller can be wrong, and the roles that may read them. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_security_it",
        "atelier.topics.loyalty=it.reporting-security.loyalty.events"})
class ChurnReportSecurityIT {

    /** Every report endpoint; a new one joins the table here. */
    private static final List<String> REPORTS = List.of("/api/reports/churn?year=2026", "/api/reports/churn?year=2026&quarter=2",
            "/api/reports/exit-interviews?year=2026", "/api/reports/claim-outcomes?year=2026", "/api/reports/pool?year=2026",
            "/api/reports/pool/what-if?year=2026&gateRule=PLAN", "/api/reports/matrix", "/api/reports/who-sewed-the-suit?year=2026",
            "/api/reports/who-sewed-the-suit?year=2026&quarter=2");

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

        for (String report : REPORTS) {
            ApiClient.Response response = api.get(report);

            assertThat(response.status()).as(report).isEqualTo(401);
            assertThat(response.isProblem()).as(report).isTrue();
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

        for (String report : REPORTS) {
            ApiClient.Response response = api.get(report);

            assertThat(response.status()).as(report).isEqualTo(status);
            if (status == 403) {
                assertThat(response.isProblem()).as(report).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "a machine with scope \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "atelier.read atelier.write | 200",
            "atelier.read               | 200",
            "atelier.write              | 403",
            "openid                     | 403",
            "''                         | 403"})
    void otherSystemsReadTheReportWithTheReadScope(String scope, int status) {
        ApiClient machine = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopeText(scope).signed());

        for (String report : REPORTS) {
            ApiClient.Response response = machine.get(report);

            assertThat(response.status()).as(report).isEqualTo(status);
            if (status == 403) {
                assertThat(response.isProblem()).as(report).isTrue();
                assertThat(response.json().get("detail").asString()).as(report).contains("atelier.read");
            }
        }
    }
}
