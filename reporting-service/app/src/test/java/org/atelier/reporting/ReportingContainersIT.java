package org.atelier.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.OnRealImages;
import org.atelier.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The churn projection against the real MongoDB and Apache Kafka images. Skipped where no Docker engine runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingContainersIT extends OnRealImages {

    @LocalServerPort
    int port;

    @Test
    void aLossDeliveredTwiceIsCountedOnce() {
        GoldenSample lost = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_LOST_V1));
        try (EventTopicWriter writer = new EventTopicWriter(KAFKA.getBootstrapServers())) {
            writer.send(LoyaltyEvents.TOPIC, lost.key(), lost.headers(), lost.payload());
            writer.send(LoyaltyEvents.TOPIC, lost.key(), lost.headers(), lost.payload());
        }
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().signed());

        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/reports/churn?year=2026").json().get("lostCustomers").asInt() >= 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/reports/churn?year=2026").json().get("lostCustomers").asInt() == 1);
        assertThat(api.get("/api/reports/churn?year=2026").json().get("byDepartmentAtFault").get("logistics").asInt()).isEqualTo(1);
    }
}
