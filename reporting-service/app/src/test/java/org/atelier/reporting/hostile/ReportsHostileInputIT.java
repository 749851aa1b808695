package org.atelier.reporting.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every parameter of every report endpoint (aliases included) replaced by hostile values, and every field of the
 * what-if's body: a 400 problem that says what is wrong without leaking internals, each answered within a second.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_hostile_it",
        "atelier.topics.loyalty=it.reporting-hostile.loyalty.events"})
class ReportsHostileInputIT {

    /** Not one of them is a valid value of any parameter: not a year, a quarter, an amount, a rule or a significance. */
    private static final List<String> HOSTILE = List.of("abc", "<script>alert(1)</script>", "1e10000000", "99999999999999999999",
            "2026.5", "2026'; db.dropDatabase(); '", "${jndi:ldap://x/a}", "\u0000", "x".repeat(3_000), "ПЛАН", "NaN");

    /** Each endpoint with valid parameters; each parameter in turn gets every hostile value. */
    private static final Map<String, Map<String, String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("/api/reports/churn", Map.of("year", "2026", "quarter", "2", "significance", "KEY"));
        QUERIES.put("/api/reports/exit-interviews", Map.of("year", "2026"));
        QUERIES.put("/api/reports/claims", Map.of("year", "2026"));
        QUERIES.put("/api/reports/claim-outcomes", Map.of("year", "2026"));
        QUERIES.put("/api/reports/pool", Map.of("year", "2026"));
        QUERIES.put("/api/reports/pool/what-if", Map.of("year", "2026", "revenueMinor", "1", "marginMinor", "1", "headcount", "1",
                "loyalCustomers", "1", "loyalKeyCustomers", "1", "gateRule", "PLAN", "marginGrowthShareBp", "1"));
    }

    @LocalServerPort
    int port;

    @Test
    void everyQueryParameterWithAHostileValueIsA400Problem() {
        ApiClient api = management();
        QUERIES.forEach((path, valid) -> {
            assertThat(api.get(path + query(valid)).status()).as(path + " with valid parameters").isEqualTo(200);
            for (String parameter : valid.keySet()) {
                for (String hostile : HOSTILE) {
                    if ("\u0000".equals(hostile) && !"year".equals(parameter)) {
                        continue; // trimmed to nothing, an optional parameter is as good as left out: the report as without it
                    }
                    Map<String, String> changed = new LinkedHashMap<>(valid);
                    changed.put(parameter, hostile);
                    assertBadRequest(path + " " + parameter + "=" + abbreviated(hostile), () -> api.get(path + query(changed)));
                }
            }
        });
        for (String outOfRange : List.of("year=1989", "year=3000", "year=2026&quarter=0", "year=2026&quarter=5", "year=2026&significance=key")) {
            assertBadRequest("churn " + outOfRange, () -> api.get("/api/reports/churn?" + outOfRange));
        }
        assertBadRequest("a required year left out", () -> api.get("/api/reports/claims"));
    }

    @Test
    void everyPathYearWithAHostileValueIsA400Problem() {
        ApiClient api = management();
        assertThat(api.get("/api/reports/pool/abc").status()).as("warming up: the timing is of the answers, not of the first load").isEqualTo(400);
        for (String hostile : HOSTILE) {
            String year = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
            if (hostile.matches(".*[/;\\u0000].*")) {
                // An encoded slash, semicolon or NUL in a path is refused by the security firewall before any controller.
                assertThat(api.get("/api/reports/pool/" + year).status()).as(abbreviated(hostile)).isEqualTo(400);
                continue;
            }
            assertBadRequest("pool/" + abbreviated(hostile), () -> api.get("/api/reports/pool/" + year));
            assertBadRequest("pool/" + abbreviated(hostile) + "/what-if", () -> api.postJson("/api/reports/pool/" + year + "/what-if", "{}"));
        }
        assertBadRequest("pool/1989", () -> api.get("/api/reports/pool/1989"));
        assertBadRequest("pool/3000/what-if", () -> api.postJson("/api/reports/pool/3000/what-if", "{}"));
    }

    @Test
    void everyWhatIfBodyThatIsNotAValidChangeIsA400Problem() {
        ApiClient api = management();
        assertThat(api.postJson("/api/reports/pool/2026/what-if", "[").status()).as("warming up").isEqualTo(400);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"gateRule\":");
        bodies.put("not an object", "[1,2]");
        bodies.put("empty body", "");
        bodies.put("an unknown field", "{\"carriedIn\":1000000}");
        bodies.put("an unknown rule", "{\"gateRule\":\"SOMETIMES\"}");
        bodies.put("markup as a rule", "{\"gateRule\":\"<script>\"}");
        bodies.put("a share over 100 %", "{\"marginGrowthShareBp\":10001}");
        bodies.put("a negative share", "{\"marginGrowthShareBp\":-1}");
        bodies.put("a fractional amount", "{\"revenueMinor\":1.5}");
        bodies.put("an amount as text", "{\"revenueMinor\":\"lots\"}");
        bodies.put("an amount past the arithmetic's bound", "{\"revenueMinor\":922337203685477581}");
        bodies.put("a number past long", "{\"marginMinor\":99999999999999999999999}");
        bodies.put("an exponent", "{\"revenueMinor\":1e10000000}");
        bodies.put("a negative headcount", "{\"headcount\":-1}");
        bodies.put("a negative loyal count", "{\"loyalCustomers\":-1}");
        bodies.put("too many loyal key customers", "{\"loyalKeyCustomers\":100000001}");
        bodies.put("a deeply nested value", "{\"gateRule\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
        bodies.forEach((what, body) -> assertBadRequest(what, () -> api.postJson("/api/reports/pool/2026/what-if", body)));
        assertThat(api.postJson("/api/reports/pool/2026/what-if", "{}").status()).as("an empty change").isEqualTo(200);
        ApiClient.Response notJson = api.post("/api/reports/pool/2026/what-if", "text/plain", "gateRule=PLAN");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.isProblem()).isTrue();
    }

    private static void assertBadRequest(String what, java.util.function.Supplier<ApiClient.Response> call) {
        long started = System.nanoTime();
        ApiClient.Response response = call.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(what).isTrue();
        // A value may be echoed in the detail: it is JSON (application/problem+json), never markup a browser renders.
        assertThat(response.body()).as(what).doesNotContain("Exception", "tools.jackson", "org.atelier");
        assertThat(millis).as(what + " answered within a second").isLessThan(1_000);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }

    private ApiClient management() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }
}
