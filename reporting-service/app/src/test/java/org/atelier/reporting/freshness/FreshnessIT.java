package org.atelier.reporting.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.atelier.loyalty.events.LoyaltyEvents;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Freshness over the real broker: what was applied, the lag of both consumer groups on loyalty's topic, what was skipped. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_freshness_it",
        "atelier.topics.loyalty=" + FreshnessIT.LOYALTY,
        "atelier.topics.survey=it.freshness.survey.events",
        "atelier.topics.claims=it.freshness.claims.events",
        "atelier.reporting.freshness.flush-every=200ms",
        "atelier.reporting.freshness.lag-cache=500ms"})
class FreshnessIT {

    static final String LOYALTY = "it.freshness.loyalty.events";
    private static final String UNKNOWN_TYPE = "org.atelier.loyalty.CustomerTeleported.v1";

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    /**
     * A loss whose CloudEvent time is 2031-05-05 10:00 shows as the topic's last event, with no lag left in either group
     * reading the topic; then an event of a type loyalty never published is skipped: counted once (although two views
     * skip it), in the view and in the metric, and nothing else moves — not the last event, not the churn figures.
     */
    @Test
    void anAppliedEventShowsWithNoLagAndAnUnknownTypeIsSkippedAndCountedOnce() {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_LOST_V1));
        String customer = UUID.randomUUID().toString();
        GoldenSample loss = sample.withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", customer)
                .withHeader("ce_time", "2031-05-05T10:00:00Z").withPayloadField("customerId", customer);
        writer.send(LOYALTY, customer, loss.headers(), loss.payload());

        JsonNode applied = await().atMost(Duration.ofSeconds(45)).until(() -> loyalty(freshness()),
                topic -> "2031-05-05T10:00:00Z".equals(text(topic, "lastEventTime")) && topic.get("lag").asLong(-1) == 0);
        assertThat(applied.get("lagByGroup").get("reporting-service").asLong()).isZero();
        assertThat(applied.get("lagByGroup").get("reporting-service-pool").asLong()).isZero();
        assertThat(applied.get("lastAppliedAt").isString()).isTrue();
        assertThat(applied.get("skipped").asLong()).isZero();
        String year = tools.jackson.databind.json.JsonMapper.builder().build().readTree(loss.payload()).get("lostOn").asString().substring(0, 4);
        JsonNode churnBefore = withoutFreshness(report("/api/reports/churn?year=" + year));

        GoldenSample unknown = sample.withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_type", UNKNOWN_TYPE)
                .withHeader("ce_time", "2032-01-01T00:00:00Z");
        writer.send(LOYALTY, customer, unknown.headers(), unknown.payload());

        JsonNode skipped = await().atMost(Duration.ofSeconds(45)).until(() -> loyalty(freshness()),
                topic -> topic.get("skipped").asLong() == 1 && topic.get("lag").asLong(-1) == 0);
        assertThat(skipped.get("skippedByType").get(UNKNOWN_TYPE).asLong()).isEqualTo(1);
        assertThat(text(skipped, "lastEventTime")).as("a skipped event is not applied").isEqualTo("2031-05-05T10:00:00Z");
        Counter counter = meters.find("atelier.reporting.events.skipped").tag("topic", LOYALTY).tag("type", UNKNOWN_TYPE).counter();
        assertThat(counter).isNotNull();
        assertThat(counter.count()).isEqualTo(1.0);
        assertThat(withoutFreshness(report("/api/reports/churn?year=" + year))).as("nothing else changed").isEqualTo(churnBefore);
    }

    @Test
    void everyReportSaysHowFreshItIsAndTheViewListsEveryTopic() {
        // The three services' topics in the configured order, then the directory's, which names the departments.
        JsonNode view = freshness();
        assertThat(view.get("topics")).extracting(topic -> topic.get("topic").asString())
                .containsExactly(LOYALTY, "it.freshness.survey.events", "it.freshness.claims.events", "atelier.identity.events");
        for (String report : new String[] {"/api/reports/churn?year=2026", "/api/reports/exit-interviews?year=2026",
                "/api/reports/claims?year=2026", "/api/reports/pool/2026"}) {
            JsonNode freshness = report(report).get("freshness");
            assertThat(freshness).as(report).isNotNull();
            assertThat(freshness.get("asOf").isString()).as(report).isTrue();
            assertThat(freshness.get("topics")).as(report).hasSize(4);
        }
        JsonNode whatIf = api().postJson("/api/reports/pool/2026/what-if", "{}").json();
        assertThat(whatIf.get("freshness").get("topics")).hasSize(4);
        assertThat(whatIf.get("actual").has("freshness")).as("once, at the top").isFalse();
        ApiClient.Response problem = api().get("/api/reports/churn?year=1");
        assertThat(problem.json().has("freshness")).as("a problem is not a report").isFalse();
        assertThat(ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed())
                .get("/api/reports/freshness").status()).isEqualTo(403);
    }

    private static JsonNode withoutFreshness(JsonNode report) {
        ObjectNode copy = ((ObjectNode) report).deepCopy();
        copy.remove("freshness");
        return copy;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asString();
    }

    private static JsonNode loyalty(JsonNode freshness) {
        for (JsonNode topic : freshness.get("topics")) {
            if (LOYALTY.equals(topic.get("topic").asString())) {
                return topic;
            }
        }
        throw new AssertionError("no " + LOYALTY + " in " + freshness);
    }

    private JsonNode freshness() {
        return report("/api/reports/freshness");
    }

    private JsonNode report(String path) {
        ApiClient.Response response = api().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private ApiClient api() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }
}
