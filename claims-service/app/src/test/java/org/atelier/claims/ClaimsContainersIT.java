package org.atelier.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.directory.CompanyDirectory;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.LoyaltyCustomers;
import org.atelier.directory.Directory;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.OnRealImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Filing a claim against the real images: MongoDB as a replica set and Apache Kafka in KRaft mode, with the
 * directory and loyalty's customers read from their topics there. Skipped where no Docker engine runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimsContainersIT extends OnRealImages {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    KnownCustomers customers;

    @Test
    void filingAClaimNamingALoyaltyCustomerPublishesSchemaValidEventsKeyedByTheirAggregates() {
        try (IdentityTopicWriter identity = new IdentityTopicWriter(KAFKA.getBootstrapServers())) {
            CompanyDirectory.DEPARTMENTS.forEach(identity::created);
            CompanyDirectory.HEADS.forEach(head -> identity.person(head[0], head[1], "DIVISION_HEAD", true, "EMPLOYEE", "DEPARTMENT_HEAD"));
        }
        try (EventTopicWriter loyalty = new EventTopicWriter(KAFKA.getBootstrapServers())) {
            LoyaltyCustomers.publish(loyalty, LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, LoyaltyCustomers.NORTHWIND,
                    Instant.parse("2024-02-12T09:30:00Z")).withPayloadField("name", LoyaltyCustomers.NORTHWIND_NAME));
        }
        CompanyDirectory.awaitIn(directory);
        await().atMost(Duration.ofSeconds(60)).until(() -> customers.find(LoyaltyCustomers.NORTHWIND).isPresent());
        Callers callers = new Callers(port);
        assertThat(callers.management().postJson("/api/regulations", Callers.regulationBody("delivery-terms")).status()).isEqualTo(201);
        ApiClient.Response filed = callers.head("sales").postJson("/api/claims",
                Callers.claimBody("delivery-terms", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), 100_000));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String claimId = filed.json().get("id").asString();
        assertThat(filed.json().get("customerName").asString()).isEqualTo(LoyaltyCustomers.NORTHWIND_NAME);

        try (EventTopicReader topic = new EventTopicReader(KAFKA.getBootstrapServers(), ClaimsEvents.TOPIC)) {
            List<EventTopicReader.PublishedRecord> events = await().atMost(Duration.ofSeconds(60))
                    .until(topic::poll, records -> records.stream().anyMatch(r -> claimId.equals(r.key())));
            EventTopicReader.PublishedRecord claimFiled = events.stream().filter(r -> claimId.equals(r.key())).findFirst().orElseThrow();
            assertThat(claimFiled.headers()).containsEntry("ce_type", ClaimsEvents.CLAIM_FILED_V1.toString());
            assertThat(EventSchemas.violations(ClaimsEvents.schemaResource(ClaimsEvents.CLAIM_FILED_V1), claimFiled.payload())).isEmpty();
            assertThat(claimFiled.payload()).contains(LoyaltyCustomers.NORTHWIND);
        }
        assertThat(callers.management().get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }
}
