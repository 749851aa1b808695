package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.outbox.OutboxMessage;
import org.atelier.outbox.StreamBridgeOutboxPublisher;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.ServiceBasics;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The churn read model fed over the real broker with loyalty-service's golden sample messages. Each test
 * uses its own year, so the tests do not see each other's losses.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_churn_it",
        "atelier.topics.loyalty=" + ChurnProjectionIT.TOPIC})
class ChurnProjectionIT {

    static final String TOPIC = "it.churn.loyalty.events";

    private static EventTopicWriter writer;
    private final GoldenSample customerLost = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_LOST_V1));

    @LocalServerPort
    int port;

    @Autowired
    StreamBridge streamBridge;

    private ApiClient api;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @BeforeEach
    void client() {
        api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    @Test
    void aLossIsCountedByReasonAndDepartmentAtFault() {
        publish(lostIn(2031, UUID.randomUUID()));

        JsonNode report = awaitLosses(2031, 1);

        assertThat(report.get("lostKeyCustomers").asInt()).isEqualTo(1);
        assertThat(report.get("byPrimaryReason").get("STAFF_ATTITUDE").asInt()).isEqualTo(1);
        assertThat(report.get("byReason").get("PRICE_AND_DISCOUNTS").asInt()).isEqualTo(1);
        assertThat(report.get("byDepartmentAtFault").get("logistics").asInt()).isEqualTo(1);
        assertThat(report.get("byDepartmentAtFault").get("sales").asInt()).isEqualTo(1);
        assertThat(report.get("staffAttitude").get("keyCustomers").get("asPrimaryBp").asInt()).isEqualTo(10_000);
        assertThat(report.get("staffAttitude").get("allCustomers").get("namingItBp").asInt()).isEqualTo(10_000);
    }

    /** The sample's loss blames logistics and sales: logistics' head sees logistics' row only, in both reports. */
    @Test
    void aDepartmentHeadSeesOnlyTheirDepartmentsRowOfTheDepartmentsAtFaultAndManagementSeesAll() {
        publish(lostIn(2039, UUID.randomUUID()));
        JsonNode all = awaitLosses(2039, 1);
        ApiClient head = ApiClient.localPort(port).withToken(TestIdentityProvider.user("logistics", "DEPARTMENT_HEAD").signed());

        ApiClient.Response churn = head.get("/api/reports/churn?year=2039");
        ApiClient.Response interviews = head.get("/api/reports/exit-interviews?year=2039");
        JsonNode allInterviews = api.get("/api/reports/exit-interviews?year=2039").json();

        assertThat(churn.status()).as(churn.body()).isEqualTo(200);
        assertThat(all.get("byDepartmentAtFault").propertyNames()).containsExactlyInAnyOrder("logistics", "sales");
        assertThat(churn.json().get("byDepartmentAtFault").propertyNames()).containsExactly("logistics");
        assertThat(churn.json().get("lostCustomers")).as("the company-wide figures").isEqualTo(all.get("lostCustomers"));
        assertThat(allInterviews.get("salesVsCustomer").get("departmentsAtFault").propertyNames()).containsExactlyInAnyOrder("logistics", "sales");
        assertThat(interviews.json().get("salesVsCustomer").get("departmentsAtFault").propertyNames()).containsExactly("logistics");
        assertThat(head.get("/api/reports/churn?year=2039", "text/csv").body())
                .as("the CSV is per reason, company-wide").isEqualTo(api.get("/api/reports/churn?year=2039", "text/csv").body());
    }

    @Test
    void aLossWithdrawnAsRecordedInErrorNoLongerCountsAndItsRedeliveryChangesNothing() {
        GoldenSample withdrawn = lostIn(2037, UUID.randomUUID()).withPayloadField("customerId", "withdrawn-customer");
        GoldenSample kept = lostIn(2037, UUID.randomUUID());
        publish(withdrawn);
        publish(kept);
        awaitLosses(2037, 2);

        GoldenSample withdrawal = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.LOSS_WITHDRAWN_V1))
                .withHeader("ce_id", UUID.randomUUID().toString())
                .withPayloadField("customerId", "withdrawn-customer").withPayloadField("lostOn", "2037-03-14")
                .withPayloadField("withdrawnAt", "2037-03-15T10:00:00Z");
        publish(withdrawal);
        publish(withdrawal);

        await().atMost(Duration.ofSeconds(45)).until(() -> churn(2037).get("lostCustomers").asInt() == 1);
        assertThat(churn(2037).get("byDepartmentAtFault").get("logistics").asInt()).isEqualTo(1);
    }

    @Test
    void aQuarterAndASignificanceNarrowTheReportAndAWrongOneIsAProblem() {
        publish(lostIn(2038, UUID.randomUUID()));
        awaitLosses(2038, 1);

        assertThat(report("year=2038&quarter=1&significance=KEY").get("lostCustomers").asInt()).isEqualTo(1);
        assertThat(report("year=2038&quarter=2").get("lostCustomers").asInt()).isZero();
        assertThat(report("year=2038&significance=REGULAR").get("lostCustomers").asInt()).isZero();
        for (String query : new String[] {"year=2038&quarter=5", "year=2038&quarter=0", "year=2038&significance=VIP"}) {
            ApiClient.Response response = api.get("/api/reports/churn?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void anEventPublishedThroughTheProducersOutboxPathIsCounted() {
        GoldenSample loss = lostIn(2035, UUID.randomUUID());
        EventMetadata metadata = EventMetadata.fromHeaders(loss.headers()::get);

        new StreamBridgeOutboxPublisher(streamBridge).publish(OutboxMessage.of(metadata, TOPIC, loss.payload(), Instant.now()));

        assertThat(awaitLosses(2035, 1).get("byDepartmentAtFault").get("logistics").asInt()).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        GoldenSample loss = lostIn(2032, UUID.randomUUID());
        publish(loss);
        publish(loss);
        GoldenSample marker = lostIn(2032, UUID.randomUUID());
        publish(marker);

        // The marker comes after the duplicate on the same partition (same key): once it is counted, the
        // duplicate has been seen too, and the year must hold exactly the original loss and the marker.
        awaitLosses(2032, 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> churn(2032).get("lostCustomers").asInt() == 2);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotStallThePartition() {
        try (EventTopicReader deadLetters = new EventTopicReader(TOPIC + ".reporting-service.dlq")) {
            GoldenSample noId = lostIn(2033, UUID.randomUUID()).withHeader("ce_id", "");
            publish(noId);
            UUID broken = UUID.randomUUID();
            GoldenSample brokenPayload = new GoldenSample(customerLost.key(), lostIn(2033, broken).headers(), "{\"lostOn\":\"not a date\"");
            publish(brokenPayload);
            UUID good = UUID.randomUUID();
            publish(lostIn(2033, good));

            // The three records usually arrive in one poll: the bad ones go to the dead-letter topic alone, each with
            // its reason and origin, and the good one after them is applied, not dead-lettered with them.
            awaitLosses(2033, 1);
            List<String> ours = List.of("", broken.toString());
            var dead = await().atMost(Duration.ofSeconds(30)).until(
                    () -> deadLetters.poll().stream().filter(record -> ours.contains(record.header("ce_id"))).toList(),
                    records -> records.size() >= 2);
            assertThat(dead).hasSize(2).allSatisfy(record -> assertThat(record.headers())
                    .containsKeys("x-exception-message", "x-exception-fqcn", "x-original-topic", "x-original-offset"));
            assertThat(dead).extracting(record -> record.header("x-original-topic")).containsOnly(TOPIC);
            assertThat(deadLetters.poll()).extracting(record -> record.header("ce_id")).doesNotContain(good.toString());
        }
    }

    @Test
    void anEventBreakingItsSchemaIsQuarantinedWithTheReasonNotCounted() {
        try (EventTopicReader deadLetters = new EventTopicReader(TOPIC + ".reporting-service.dlq")) {
            UUID tooLongId = UUID.randomUUID();
            publish(lostIn(2036, tooLongId).withPayloadField("competitor", "x".repeat(10_000)));
            publish(lostIn(2036, UUID.randomUUID()));

            awaitLosses(2036, 1);
            var dead = await().atMost(Duration.ofSeconds(30)).until(deadLetters::poll,
                    records -> records.stream().anyMatch(record -> tooLongId.toString().equals(record.header("ce_id"))));
            assertThat(dead).filteredOn(record -> tooLongId.toString().equals(record.header("ce_id"))).singleElement()
                    .satisfies(record -> assertThat(record.header("x-exception-message"))
                            .contains("org.atelier.loyalty.CustomerLost.v1", "/competitor"));
            assertThat(churn(2036).get("lostCustomers").asInt()).isEqualTo(1);
        }
    }

    @Test
    void eventTypesTheReportDoesNotUseAreSkipped() {
        GoldenSample registered = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_REGISTERED_V1))
                .withHeader("ce_id", UUID.randomUUID().toString());
        publish(registered);
        publish(lostIn(2034, UUID.randomUUID()));

        awaitLosses(2034, 1);
    }

    @Test
    void healthOpenApiMetricsAndProblemDetailsAreExposed() {
        ServiceBasics.assertBasicsExposed(api);
    }

    @Test
    void aYearOutOfRangeOrMissingIsAProblem() {
        for (String query : new String[] {"year=1200", "year=abc", ""}) {
            ApiClient.Response response = api.get("/api/reports/churn?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
    }

    private GoldenSample lostIn(int year, UUID eventId) {
        return customerLost.withHeader("ce_id", eventId.toString()).withPayloadField("lostOn", year + "-03-14");
    }

    private void publish(GoldenSample sample) {
        writer.send(TOPIC, sample.key(), sample.headers(), sample.payload());
    }

    private JsonNode awaitLosses(int year, int expected) {
        return await().atMost(Duration.ofSeconds(45)).until(() -> churn(year), report -> report.get("lostCustomers").asInt() >= expected);
    }

    private JsonNode churn(int year) {
        return report("year=" + year);
    }

    private JsonNode report(String query) {
        ApiClient.Response response = api.get("/api/reports/churn?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
