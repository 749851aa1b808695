package org.atelier.reporting.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The annual pool's read model fed over the real broker with loyalty-service's golden samples. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_pool_it",
        "atelier.topics.loyalty=" + PoolProjectionIT.TOPIC,
        "atelier.pool.years.2061.gate-rule=PLAN_AND_PREVIOUS_YEAR",
        "atelier.pool.years.2061.margin-growth-share-bp=2000"})
class PoolProjectionIT {

    static final String TOPIC = "it.pool.loyalty.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    /**
     * 2045 results: margin 1 000 000; 2046 plan: revenue 900 000, margin 1 100 000, 1 loyal of which 1 key; 2046
     * results: revenue 1 000 000, margin 1 200 000, 3 people; one key customer loyal. Pool = floor(1 000 × 200 000 /
     * 10 000) = 20 000, gate open, 6 666 each, 2 carried. A plan revised to 2 loyal, then the older revision redelivered:
     * the newer one stays, and the gate closes on the loyal count only against the plan — still open against 2045's 0.
     */
    @Test
    void planResultsAndLoyaltyMakeTheGateAndThePayoutAndAnOlderRevisionNeverWins() {
        publish(figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2045, Map.of("revenueMinor", 800_000L, "marginMinor", 1_000_000L,
                "headcount", 3L), "2046-02-01T09:00:00Z"));
        GoldenSample plan = figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2046, Map.of("revenueMinor", 900_000L, "marginMinor", 1_100_000L,
                "loyalCustomers", 1L, "loyalKeyCustomers", 1L, "headcount", 3L), "2046-01-10T09:00:00Z");
        publish(plan);
        publish(figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2046, Map.of("revenueMinor", 1_000_000L, "marginMinor", 1_200_000L,
                "headcount", 3L), "2047-02-01T09:00:00Z"));
        String customer = UUID.randomUUID().toString();
        GoldenSample loyal = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_BECAME_LOYAL_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", customer)
                .withPayloadField("asOf", "2046-05-20");
        publish(new GoldenSample(customer, loyal.headers(), loyal.payload()));

        JsonNode pool = await().atMost(Duration.ofSeconds(45)).until(() -> pool(2046),
                report -> report.get("gateOpen").asBoolean() && report.get("pool").get("total").asLong() == 20_000);
        assertThat(pool.get("pool").get("perEmployee").asLong()).isEqualTo(6_666);
        assertThat(pool.get("pool").get("carriedOut").asLong()).isEqualTo(2);

        publish(figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2046, Map.of("revenueMinor", 900_000L, "marginMinor", 1_100_000L,
                "loyalCustomers", 2L, "loyalKeyCustomers", 2L, "headcount", 3L), "2046-03-01T09:00:00Z"));
        await().atMost(Duration.ofSeconds(45)).until(() -> planned(pool(2046), "loyalCustomers") == 2);
        publish(plan.withHeader("ce_id", UUID.randomUUID().toString()));
        publish(plan);
        GoldenSample marker = figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2044, Map.of("revenueMinor", 1L, "marginMinor", 1L,
                "headcount", 1L), "2045-02-01T09:00:00Z");
        publish(marker);
        await().atMost(Duration.ofSeconds(45)).until(() -> pool(2044).get("currency").isString());

        JsonNode after = pool(2046);
        assertThat(planned(after, "loyalCustomers")).as("the older plan, delivered again, does not undo the revision").isEqualTo(2);
        assertThat(after.get("indicators").get(3).get("passesPlan").asBoolean()).isFalse();
        assertThat(after.get("gateOpen").asBoolean()).as("1 loyal passes against 2045's 0").isTrue();
    }

    /**
     * 2061 is configured PLAN_AND_PREVIOUS_YEAR with a share of 2 000. Its first plan leaves the rules out: the
     * configuration applies. Revised with PLAN and 5 000, the plan's win: 2060's margin 100 000, 2061's 300 000, so
     * floor(5 000 × 200 000 / 10 000) = 100 000 from the growth (it was floor(2 000 × 200 000 / 10 000) = 40 000).
     */
    @Test
    void thePlansRulesWinOverTheConfigurationWhichIsTheFallback() {
        publish(figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2060, Map.of("revenueMinor", 500_000L, "marginMinor", 100_000L,
                "headcount", 2L), "2061-02-01T09:00:00Z"));
        publish(withoutRules(figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2061, Map.of("revenueMinor", 600_000L, "marginMinor", 200_000L,
                "loyalCustomers", 0L, "loyalKeyCustomers", 0L, "headcount", 2L), "2061-01-10T09:00:00Z")));
        publish(figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2061, Map.of("revenueMinor", 700_000L, "marginMinor", 300_000L,
                "headcount", 2L), "2062-02-01T09:00:00Z"));

        JsonNode configured = await().atMost(Duration.ofSeconds(45)).until(() -> pool(2061),
                report -> report.get("pool").get("marginGrowth").isNumber() && report.get("indicators").get(0).get("plan").isNumber());
        assertThat(configured.get("gateRule").asString()).isEqualTo("PLAN_AND_PREVIOUS_YEAR");
        assertThat(configured.get("gateRuleFrom").asString()).isEqualTo("CONFIGURATION");
        assertThat(configured.get("pool").get("fromMarginGrowth").asLong()).isEqualTo(40_000);

        GoldenSample revised = figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2061, Map.of("revenueMinor", 600_000L, "marginMinor", 200_000L,
                "loyalCustomers", 0L, "loyalKeyCustomers", 0L, "headcount", 2L, "marginGrowthShareBp", 5_000L), "2061-01-20T09:00:00Z");
        publish(revised.withPayloadField("gateRule", "PLAN"));

        JsonNode fromPlan = await().atMost(Duration.ofSeconds(45)).until(() -> pool(2061),
                report -> "PLAN".equals(report.get("gateRule").asString()));
        assertThat(fromPlan.get("gateRuleFrom").asString()).isEqualTo("PLAN");
        assertThat(fromPlan.get("pool").get("marginGrowthShareBp").asInt()).isEqualTo(5_000);
        assertThat(fromPlan.get("pool").get("marginGrowthShareFrom").asString()).isEqualTo("PLAN");
        assertThat(fromPlan.get("pool").get("fromMarginGrowth").asLong()).isEqualTo(100_000);
    }

    private static GoldenSample withoutRules(GoldenSample sample) {
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.remove("gateRule");
        payload.remove("marginGrowthShareBp");
        return new GoldenSample(sample.key(), sample.headers(), JSON.writeValueAsString(payload));
    }

    @Test
    void aWhatIfIsComputedBesideTheRealFiguresAndAWrongInputIsAProblem() {
        ApiClient.Response whatIf = api().postJson("/api/reports/pool/2050/what-if", "{\"marginGrowthShareBp\":5000,\"gateRule\":\"PLAN\"}");
        assertThat(whatIf.status()).as(whatIf.body()).isEqualTo(200);
        assertThat(whatIf.json().get("whatIf").get("gateRule").asString()).isEqualTo("PLAN");
        assertThat(whatIf.json().get("whatIf").get("gateRuleFrom").asString()).isEqualTo("WHAT_IF");
        assertThat(whatIf.json().get("whatIf").get("pool").get("marginGrowthShareBp").asInt()).isEqualTo(5000);
        assertThat(whatIf.json().get("actual").get("gateRule").asString()).isEqualTo("PLAN_OR_PREVIOUS_YEAR");
        ApiClient.Response byQuery = api().get("/api/reports/pool/what-if?year=2050&marginGrowthShareBp=5000&gateRule=PLAN");
        assertThat(byQuery.status()).as("the former address still answers").isEqualTo(200);
        assertThat(byQuery.json().get("whatIf").get("pool")).isEqualTo(whatIf.json().get("whatIf").get("pool"));
        assertThat(api().get("/api/reports/pool?year=2050").json().get("pool")).isEqualTo(api().get("/api/reports/pool/2050").json().get("pool"));
        for (String query : new String[] {"year=2050&gateRule=SOMETIMES", "year=2050&marginGrowthShareBp=10001", "year=2050&headcount=-1", "year=1"}) {
            ApiClient.Response refused = api().get("/api/reports/pool/what-if?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
    }

    private static long planned(JsonNode report, String indicatorName) {
        for (JsonNode indicator : report.get("indicators")) {
            if (indicator.get("name").asString().equals(indicatorName)) {
                return indicator.get("plan").asLong();
            }
        }
        throw new AssertionError("no indicator " + indicatorName);
    }

    private static GoldenSample figures(EventType type, int year, Map<String, Long> values, String at) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(type));
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.put("year", year);
        values.forEach(payload::put);
        payload.put(payload.has("setAt") ? "setAt" : "recordedAt", at);
        return new GoldenSample(String.valueOf(year), sample.withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", String.valueOf(year)).headers(), JSON.writeValueAsString(payload));
    }

    private static void publish(GoldenSample sample) {
        writer.send(TOPIC, sample.key(), sample.headers(), sample.payload());
    }

    private ApiClient api() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    private JsonNode pool(int year) {
        ApiClient.Response response = api().get("/api/reports/pool/" + year);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
