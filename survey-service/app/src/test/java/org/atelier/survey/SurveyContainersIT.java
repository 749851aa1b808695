package org.atelier.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.atelier.directory.Directory;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.survey.exit.CaseId;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.OnRealImages;
import org.atelier.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exit-interview flow against the real images, as loyalty's suite runs: MongoDB as a replica set and Apache Kafka
 * in KRaft mode. Loyalty's loss opens a case, its withdrawal closes it, each published once, schema-valid and keyed by
 * the case. Skipped where no Docker engine runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyContainersIT extends OnRealImages {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void aLossOpensACaseAndItsWithdrawalClosesItWithSchemaValidEventsKeyedByTheCase() {
        try (IdentityTopicWriter identity = new IdentityTopicWriter(KAFKA.getBootstrapServers())) {
            CompanyDepartments.STANDARD.forEach(identity::created);
        }
        CompanyDepartments.awaitIn(directory);
        String customerId = UUID.randomUUID().toString();
        Instant recordedAt = Instant.now().minusSeconds(60);
        GoldenSample lost = loyaltyEvent(LoyaltyEvents.CUSTOMER_LOST_V1, customerId).withPayloadField("recordedAt", recordedAt.toString());
        try (EventTopicWriter loyalty = new EventTopicWriter(KAFKA.getBootstrapServers())) {
            for (GoldenSample sample : List.of(loyaltyEvent(LoyaltyEvents.CUSTOMER_REGISTERED_V1, customerId), lost, lost,
                    loyaltyEvent(LoyaltyEvents.LOSS_WITHDRAWN_V1, customerId).withPayloadField("withdrawnAt", recordedAt.plusSeconds(30).toString()))) {
                loyalty.send(LoyaltyEvents.TOPIC, customerId, sample.headers(), sample.payload());
            }
        }
        String caseId = CaseId.forLoss(lost.headers().get("ce_id"));

        try (EventTopicReader topic = new EventTopicReader(KAFKA.getBootstrapServers(), SurveyEvents.TOPIC)) {
            List<EventTopicReader.PublishedRecord> events = await().atMost(Duration.ofSeconds(60))
                    .until(topic::poll, records -> records.size() >= 2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> topic.poll().size() == events.size());
            assertThat(events).extracting(EventTopicReader.PublishedRecord::key).containsOnly(caseId);
            assertThat(events).extracting(record -> record.header("ce_type"))
                    .containsExactly("org.atelier.survey.ExitInterviewOpened.v1", "org.atelier.survey.ExitInterviewClosed.v1");
            for (EventTopicReader.PublishedRecord record : events) {
                assertThat(EventSchemas.violations(SurveyEvents.schemaResource(EventType.parse(record.header("ce_type"))), record.payload()))
                        .isEmpty();
            }
            assertThat(events.get(1).payload()).contains("\"outcome\":\"WITHDRAWN\"");
        }
        ApiClient machine = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopes("atelier.read").signed());
        assertThat(machine.get("/api/exit-interviews/" + caseId).json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(machine.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }

    private static GoldenSample loyaltyEvent(EventType type, String customerId) {
        return GoldenSample.load(LoyaltyEvents.sampleResource(type)).withPayloadField("customerId", customerId)
                .withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", customerId);
    }
}
