package org.atelier.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every view fed over the real broker, then rebuilt from offset 0 of its topic: the rebuilt report is the live one,
 * and events published while a rebuild runs count once afterwards.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_rebuild_it",
        "atelier.topics.loyalty=" + RebuildIT.LOYALTY,
        "atelier.topics.survey=" + RebuildIT.SURVEY,
        "atelier.topics.claims=" + RebuildIT.CLAIMS})
class RebuildIT {

    static final String LOYALTY = "it.rebuild.loyalty.events";
    static final String SURVEY = "it.rebuild.survey.events";
    static final String CLAIMS = "it.rebuild.claims.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @Test
    void everyViewRebuiltFromOffsetZeroEqualsTheLiveOne() {
        // Churn 2061: three losses, one withdrawn, one delivered twice, and a record no consumer can read.
        String interviewed = UUID.randomUUID().toString();
        GoldenSample twice = lost(interviewed, 2061);
        publish(LOYALTY, twice);
        publish(LOYALTY, twice);
        publish(LOYALTY, lost(UUID.randomUUID().toString(), 2061));
        String withdrawn = UUID.randomUUID().toString();
        publish(LOYALTY, lost(withdrawn, 2061));
        publish(LOYALTY, GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.LOSS_WITHDRAWN_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", withdrawn)
                .withPayloadField("lostOn", "2061-03-14").withPayloadField("withdrawnAt", "2061-03-15T10:00:00Z"));
        publish(LOYALTY, twice.withHeader("ce_id", ""));
        // Exit interviews: the first loss's case, opened, attempted and completed.
        String caseId = UUID.randomUUID().toString();
        for (EventType type : List.of(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, SurveyEvents.EXIT_INTERVIEW_ATTEMPT_LOGGED_V1,
                SurveyEvents.EXIT_INTERVIEW_COMPLETED_V1)) {
            publish(SURVEY, interview(type, caseId, interviewed, 2061));
        }
        // Claims: one filed and decided, the decision delivered twice.
        String claim = UUID.randomUUID().toString();
        publish(CLAIMS, claim(ClaimsEvents.CLAIM_FILED_V1, claim));
        GoldenSample decided = claim(ClaimsEvents.CLAIM_DECIDED_V1, claim);
        publish(CLAIMS, decided);
        publish(CLAIMS, decided);
        int claimsYear = JSON.readTree(decided.payload()).get("policyYear").asInt();
        // Pool 2061: last year's results, a plan revised once, the results, one loyal customer.
        publish(LOYALTY, figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2060, Map.of("revenueMinor", 800_000L, "marginMinor", 1_000_000L,
                "headcount", 3L), "2061-02-01T09:00:00Z"));
        publish(LOYALTY, figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2061, Map.of("revenueMinor", 900_000L, "marginMinor", 1_100_000L,
                "loyalCustomers", 1L, "loyalKeyCustomers", 1L, "headcount", 3L), "2061-01-10T09:00:00Z"));
        publish(LOYALTY, figures(LoyaltyEvents.ANNUAL_PLAN_SET_V1, 2061, Map.of("revenueMinor", 900_000L, "marginMinor", 1_150_000L,
                "loyalCustomers", 1L, "loyalKeyCustomers", 1L, "headcount", 3L), "2061-02-10T09:00:00Z"));
        publish(LOYALTY, figures(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, 2061, Map.of("revenueMinor", 1_000_000L, "marginMinor", 1_200_000L,
                "headcount", 3L), "2062-02-01T09:00:00Z"));
        String loyal = UUID.randomUUID().toString();
        GoldenSample becameLoyal = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_BECAME_LOYAL_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", loyal).withPayloadField("asOf", "2061-05-20");
        publish(LOYALTY, new GoldenSample(loyal, becameLoyal.headers(), becameLoyal.payload()));
        // Matrix: a campaign with three responses, closed.
        String campaign = UUID.randomUUID().toString();
        GoldenSample opened = matrixSample(SurveyEvents.SURVEY_CAMPAIGN_OPENED_V1, campaign);
        publish(SURVEY, opened);
        JsonNode openedPayload = JSON.readTree(opened.payload());
        String task = openedPayload.get("tasks").get(0).get("code").asString();
        String department = openedPayload.get("departments").get(0).get("code").asString();
        for (String mark : List.of("R", "R", "P")) {
            publish(SURVEY, submitted(campaign, task, department, mark));
        }
        publish(SURVEY, matrixSample(SurveyEvents.SURVEY_CAMPAIGN_CLOSED_V1, campaign));

        Map<String, String> reports = new LinkedHashMap<>();
        reports.put("churn", "/api/reports/churn?year=2061");
        reports.put("exit-interviews", "/api/reports/exit-interviews?year=2061");
        reports.put("claims", "/api/reports/claim-outcomes?year=" + claimsYear);
        reports.put("pool", "/api/reports/pool?year=2061");
        reports.put("matrix", "/api/reports/matrix/" + campaign);
        awaitReport(reports.get("churn"), r -> r.get("lostCustomers").asInt() == 2);
        awaitReport(reports.get("exit-interviews"), r -> r.get("funnel").get("completed").asInt() == 1);
        awaitReport(reports.get("claims"), r -> r.get("totals").get("decided").asInt() == 1);
        // 1 000 bp of the margin growth 1 200 000 − 1 000 000; the sample claim, decided under an earlier year, is carried in.
        awaitReport(reports.get("pool"), r -> r.get("pool").get("fromMarginGrowth").asLong() == 20_000 && r.get("pool").get("carriedIn").asLong() > 0);
        awaitReport(reports.get("matrix"), r -> r.get("campaign").get("state").asString().equals("CLOSED") && r.get("respondents").asInt() == 3);
        Map<String, JsonNode> live = new LinkedHashMap<>();
        reports.forEach((view, path) -> live.put(view, comparable(report(path))));
        // Derived from the churn and matrix models, with nothing of its own: the same once both are rebuilt.
        String suit = "/api/reports/who-sewed-the-suit?year=2061";
        JsonNode liveSuit = comparable(report(suit));

        for (String view : reports.keySet()) {
            Map<String, String> before = activeCollections(view);
            ApiClient.Response started = admin().post("/api/admin/rebuild/" + view, "application/json", "");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.header("Location")).endsWith("/api/admin/rebuild/" + view);

            JsonNode status = awaitFinished(view);

            assertThat(status.get("recordsApplied").asLong()).as(view).isPositive();
            assertThat(comparable(report(reports.get(view)))).as(view + " rebuilt").isEqualTo(live.get(view));
            Map<String, String> after = activeCollections(view);
            assertThat(after.values()).as(view + " reads fresh collections").doesNotContainAnyElementsOf(before.values());
            assertThat(mongo.getCollectionNames()).as(view + "'s old collections are dropped").doesNotContainAnyElementsOf(before.values());
        }
        assertThat(awaitFinished("churn").get("recordsSkipped").asLong()).as("the unreadable record, as live").isEqualTo(1);
        // Everything the reports read is rebuilt by now: each one still as it was.
        reports.forEach((view, path) -> assertThat(comparable(report(path))).as(view).isEqualTo(live.get(view)));
        assertThat(comparable(report(suit))).as("who sewed the suit").isEqualTo(liveSuit);
    }

    @Test
    void eventsPublishedDuringAndAfterARebuildCountOnce() {
        int losses = 300;
        for (int i = 0; i < losses; i++) {
            publish(LOYALTY, lost(UUID.randomUUID().toString(), 2062));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> lostIn(2062) == losses);

        ApiClient.Response started = admin().post("/api/admin/rebuild/churn", "application/json", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        GoldenSample during = lost(UUID.randomUUID().toString(), 2062);
        publish(LOYALTY, during);
        publish(LOYALTY, during);
        awaitFinished("churn");
        GoldenSample after = lost(UUID.randomUUID().toString(), 2062);
        publish(LOYALTY, after);

        await().atMost(Duration.ofSeconds(45)).until(() -> lostIn(2062) == losses + 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> lostIn(2062) == losses + 2);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), activeCollections("churn").get("churn_lost_customers")))
                .as("one fact per event, the event of the rebuild's time included").isEqualTo(losses + 2 + 3);
    }

    /** The report without what says how fresh it is: that moves with every event read, and is not the model. */
    private static JsonNode comparable(JsonNode report) {
        if (report instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove("freshness");
            return copy;
        }
        return report;
    }

    private JsonNode awaitReport(String path, java.util.function.Predicate<JsonNode> live) {
        return await().atMost(Duration.ofSeconds(60)).alias(path).until(() -> report(path), live);
    }

    private JsonNode awaitFinished(String view) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> {
            ApiClient.Response status = admin().get("/api/admin/rebuild/" + view);
            assertThat(status.status()).as(status.body()).isEqualTo(200);
            assertThat(status.json().get("state").asString()).as(status.body()).isNotEqualTo("FAILED");
            return status.json();
        }, status -> status.get("state").asString().equals("FINISHED"));
    }

    private Map<String, String> activeCollections(String view) {
        return new ViewCollections(mongo).active(RebuildableView.byId(view).orElseThrow());
    }

    private int lostIn(int year) {
        return report("/api/reports/churn?year=" + year).get("lostCustomers").asInt();
    }

    private static GoldenSample lost(String customer, int year) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_LOST_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", customer)
                .withPayloadField("lostOn", year + "-03-14");
        return new GoldenSample(customer, sample.headers(), sample.payload());
    }

    private static GoldenSample interview(EventType type, String caseId, String customer, int year) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", caseId)
                .withPayloadField("caseId", caseId).withPayloadField("customerId", customer).withPayloadField("lostOn", year + "-03-14");
        return new GoldenSample(caseId, sample.headers(), sample.payload());
    }

    private static GoldenSample claim(EventType type, String claim) {
        GoldenSample sample = GoldenSample.load(ClaimsEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", claim).withPayloadField("claimId", claim);
        return new GoldenSample(claim, sample.headers(), sample.payload());
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

    private static GoldenSample matrixSample(EventType type, String campaign) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", campaign).withPayloadField("campaignId", campaign);
        return new GoldenSample(campaign, sample.headers(), sample.payload());
    }

    private static GoldenSample submitted(String campaign, String task, String department, String mark) {
        GoldenSample sample = matrixSample(SurveyEvents.SURVEY_SUBMITTED_V1, campaign);
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.put("responseId", UUID.randomUUID().toString());
        payload.put("department", department);
        ArrayNode cells = payload.putArray("cells");
        cells.addObject().put("task", task).put("department", department).put("mark", mark);
        return new GoldenSample(campaign, sample.headers(), JSON.writeValueAsString(payload));
    }

    private static void publish(String topic, GoldenSample sample) {
        writer.send(topic, sample.key(), sample.headers(), sample.payload());
    }

    private ApiClient admin() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("it", "ADMIN").signed());
    }

    private JsonNode report(String path) {
        ApiClient.Response response = ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed())
                .get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}
