package org.atelier.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.atelier.directory.Directory;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.OnRealImages;
import org.atelier.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer flow against the real images: MongoDB as a replica set and Apache Kafka in KRaft mode.
 * Skipped where no Docker engine runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoyaltyContainersIT extends OnRealImages {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void registeringAndLosingACustomerPublishesSchemaValidEventsKeyedByCustomer() {
        try (IdentityTopicWriter identity = new IdentityTopicWriter(KAFKA.getBootstrapServers())) {
            CompanyDepartments.STANDARD.forEach(identity::created);
        }
        CompanyDepartments.awaitIn(directory);
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().signed());
        ApiClient.Response registered = api.postJson("/api/customers", "{\"name\":\"Northwind Trading\",\"significance\":\"KEY\"}");
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"Rival","lostOn":"2026-03-14","reasons":[{"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]}]}""")
                .status()).isEqualTo(200);

        try (EventTopicReader topic = new EventTopicReader(KAFKA.getBootstrapServers(), LoyaltyEvents.TOPIC)) {
            List<EventTopicReader.PublishedRecord> events = await().atMost(Duration.ofSeconds(60))
                    .until(topic::poll, records -> records.size() >= 2);
            assertThat(events).extracting(EventTopicReader.PublishedRecord::key).containsOnly(id);
            assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1), events.get(1).payload())).isEmpty();
        }
        assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }
}
