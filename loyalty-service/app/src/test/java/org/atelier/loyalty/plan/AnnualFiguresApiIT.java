package org.atelier.loyalty.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_annual_figures_it",
        "atelier.topics.loyalty=" + AnnualFiguresApiIT.TOPIC})
class AnnualFiguresApiIT {

    static final String TOPIC = "it.annual-figures.loyalty.events";
    private static final String PLAN = """
            {"currency":"RUB","revenueMinor":120000000000,"marginMinor":18000000000,"loyalCustomers":40,"loyalKeyCustomers":12,"headcount":250}""";
    private static final String RESULTS = """
            {"currency":"RUB","revenueMinor":131000000000,"marginMinor":19500000000,"headcount":248}""";

    @LocalServerPort
    int port;

    @Test
    void resultsAreRecordedAgainOnlyNamingTheRevisionTheyReplaceAndEveryRevisionIsKept() {
        ApiClient finance = api(TestIdentityProvider.user("finance", "EMPLOYEE", "FINANCE").subject("finance").signed());
        assertThat(finance.put("/api/annual-figures/2035/plan", PLAN).status()).isEqualTo(200);
        assertThat(finance.put("/api/annual-figures/2035/results", RESULTS).json().get("resultsRevision").asInt()).isEqualTo(1);
        String corrected = "{\"currency\":\"RUB\",\"revenueMinor\":132000000000,\"marginMinor\":19000000000,\"headcount\":248";

        ApiClient.Response unconfirmed = finance.put("/api/annual-figures/2035/results", corrected + "}");
        ApiClient.Response stale = finance.put("/api/annual-figures/2035/results", corrected + ",\"replacesRevision\":2}");
        ApiClient.Response confirmed = finance.put("/api/annual-figures/2035/results", corrected + ",\"replacesRevision\":1}");

        assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(409);
        assertThat(unconfirmed.isProblem()).isTrue();
        assertThat(unconfirmed.json().get("current").get("revision").asInt()).isEqualTo(1);
        assertThat(unconfirmed.json().get("current").get("recordedBy").asString()).isEqualTo("finance");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode year = finance.get("/api/annual-figures/2035").json();
        assertThat(year.get("resultsRevision").asInt()).isEqualTo(2);
        assertThat(year.get("results").get("revenueMinor").asLong()).isEqualTo(132000000000L);
        assertThat(year.get("resultRevisions").size()).isEqualTo(2);
        assertThat(year.get("resultRevisions").get(0).get("revenueMinor").asLong()).isEqualTo(131000000000L);

        JsonNode comparison = finance.get("/api/annual-figures/2035/comparison").json();
        assertThat(comparison.get("revision").asInt()).isEqualTo(2);
        assertThat(comparison.get("indicators").get(0).get("name").asString()).isEqualTo("REVENUE");
        assertThat(comparison.get("indicators").get(0).get("difference").asLong()).isEqualTo(12000000000L);
        assertThat(comparison.get("indicators").get(0).get("reached").asBoolean()).isTrue();
        assertThat(comparison.get("indicators").get(2).get("actual").isNull()).as("loyal customers of another year are reporting's").isTrue();
        assertThat(api(TestIdentityProvider.user("sales", "EMPLOYEE").signed()).get("/api/annual-figures/2035/comparison").status())
                .isEqualTo(404);
    }

    @Test
    void financeSetsThePlanAndRecordsTheResultsEachPublishedOnceKeyedByTheYear() {
        ApiClient finance = api(TestIdentityProvider.user("finance", "EMPLOYEE", "FINANCE").subject("finance").signed());

        assertThat(finance.put("/api/annual-figures/2031/plan", PLAN).status()).isEqualTo(200);
        ApiClient.Response recorded = finance.put("/api/annual-figures/2031/results", RESULTS);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("results").get("revenueMinor").asLong()).isEqualTo(131000000000L);
        ApiClient.Response frozen = finance.put("/api/annual-figures/2031/plan", PLAN);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.isProblem()).isTrue();
        try (EventTopicReader topic = new EventTopicReader(TOPIC)) {
            List<EventTopicReader.PublishedRecord> events = await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.poll().stream().filter(r -> "2031".equals(r.key())).toList(), records -> records.size() >= 2);
            assertThat(events).extracting(r -> r.header("ce_type")).containsExactly(
                    "org.atelier.loyalty.AnnualPlanSet.v1", "org.atelier.loyalty.AnnualResultsRecorded.v1");
            for (EventTopicReader.PublishedRecord event : events) {
                EventType type = EventType.parse(event.header("ce_type"));
                assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(type), event.payload())).isEmpty();
                assertThat(event.header("ce_subject")).isEqualTo("2031");
            }
        }
        assertThat(api(TestIdentityProvider.user("top-management", "MANAGEMENT").signed()).get("/api/annual-figures/2031").status()).isEqualTo(200);
    }

    @Test
    void thePoolsRulesAreOptionalPartsOfThePlanPublishedWithItAndAbsentMeansTheDefault() {
        ApiClient finance = api(TestIdentityProvider.user("finance", "EMPLOYEE", "FINANCE").subject("finance").signed());
        String withRules = PLAN.replace("}", ",\"gateRule\":\"PLAN_AND_PREVIOUS_YEAR\",\"marginGrowthShareBp\":1500}");

        ApiClient.Response withoutRules = finance.put("/api/annual-figures/2036/plan", PLAN);
        ApiClient.Response set = finance.put("/api/annual-figures/2037/plan", withRules);
        ApiClient.Response tooLarge = finance.put("/api/annual-figures/2038/plan", withRules.replace("1500", "10001"));
        ApiClient.Response unknownRule = finance.put("/api/annual-figures/2038/plan", withRules.replace("PLAN_AND_PREVIOUS_YEAR", "ALWAYS"));

        assertThat(withoutRules.status()).as(withoutRules.body()).isEqualTo(200);
        assertThat(withoutRules.json().get("plan").get("gateRule").isNull()).as("absent: the default").isTrue();
        assertThat(withoutRules.json().get("plan").get("marginGrowthShareBp").isNull()).isTrue();
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode stored = finance.get("/api/annual-figures/2037").json().get("plan");
        assertThat(stored.get("gateRule").asString()).isEqualTo("PLAN_AND_PREVIOUS_YEAR");
        assertThat(stored.get("marginGrowthShareBp").asInt()).isEqualTo(1500);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.isProblem()).isTrue();
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(finance.get("/api/annual-figures/2038").status()).as("nothing stored").isEqualTo(404);
        try (EventTopicReader topic = new EventTopicReader(TOPIC)) {
            List<EventTopicReader.PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().stream()
                    .filter(r -> "2036".equals(r.key()) || "2037".equals(r.key())).toList(), records -> records.size() >= 2);
            for (EventTopicReader.PublishedRecord event : events) {
                assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.ANNUAL_PLAN_SET_V1), event.payload())).isEmpty();
            }
            assertThat(events.stream().filter(r -> "2037".equals(r.key())).findFirst().orElseThrow().payload())
                    .contains("\"gateRule\":\"PLAN_AND_PREVIOUS_YEAR\"").contains("\"marginGrowthShareBp\":1500");
            assertThat(events.stream().filter(r -> "2036".equals(r.key())).findFirst().orElseThrow().payload())
                    .contains("\"gateRule\":null").contains("\"marginGrowthShareBp\":null");
        }
    }

    @Test
    void onlyFinanceRecordsAndOthersCannotEvenSeeTheFigures() {
        ApiClient finance = api(TestIdentityProvider.user("finance", "EMPLOYEE", "FINANCE").signed());
        finance.put("/api/annual-figures/2032/plan", PLAN);
        ApiClient salesHead = api(TestIdentityProvider.user("sales", "EMPLOYEE", "DEPARTMENT_HEAD").signed());

        ApiClient.Response write = salesHead.put("/api/annual-figures/2032/plan", PLAN.replace("250", "1"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(salesHead.get("/api/annual-figures/2032").status()).as("not theirs to know of").isEqualTo(404);
        assertThat(salesHead.get("/api/annual-figures").json().size()).isZero();
        assertThat(finance.get("/api/annual-figures/2032").json().get("plan").get("headcount").asInt()).isEqualTo(250);
        for (java.util.Map.Entry<String, String> token : TestIdentityProvider.tokensToRefuse("finance", "FINANCE").entrySet()) {
            ApiClient caller = token.getValue() == null ? ApiClient.localPort(port) : api(token.getValue());
            assertThat(caller.put("/api/annual-figures/2032/plan", PLAN.replace("250", "2")).status()).as(token.getKey()).isEqualTo(401);
        }
        assertThat(finance.get("/api/annual-figures/2032").json().get("plan").get("headcount").asInt()).isEqualTo(250);
    }

    @Test
    void badFiguresAreProblemsAndChangeNothing() {
        ApiClient finance = api(TestIdentityProvider.user("finance", "EMPLOYEE", "FINANCE").signed());
        finance.put("/api/annual-figures/2033/plan", PLAN);

        for (String body : List.of(PLAN.replace("\"loyalKeyCustomers\":12", "\"loyalKeyCustomers\":41"),
                PLAN.replace("RUB", "RUBLES"), PLAN.replace("120000000000", "1.5"), PLAN.replace("250", "0"), "{}")) {
            ApiClient.Response response = finance.put("/api/annual-figures/2033/plan", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(finance.put("/api/annual-figures/1999/plan", PLAN).status()).isEqualTo(400);
        assertThat(finance.put("/api/annual-figures/2034/results", RESULTS).status()).as("results without a plan").isEqualTo(400);
        assertThat(finance.get("/api/annual-figures/2033").json().get("plan").get("loyalKeyCustomers").asInt()).isEqualTo(12);
    }

    private ApiClient api(String token) {
        return ApiClient.localPort(port).withToken(token);
    }
}
