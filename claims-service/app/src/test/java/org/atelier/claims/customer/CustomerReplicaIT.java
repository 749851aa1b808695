package org.atelier.claims.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.claims.support.LoyaltyCustomers;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Claims' replica of loyalty's customers, read from loyalty's topic on the real broker: latest wins value by value, so
 * a redelivery or an older event arriving late changes nothing; unknown types are skipped; a payload breaking its
 * schema goes to the dead-letter topic. The name search and the claim's related customer are checked against it.
 */
@ClaimsApiTest
class CustomerReplicaIT {

    @LocalServerPort
    int port;

    @Autowired
    KnownCustomers customers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void latestWinsWhateverTheOrderAndRedeliveryChangesNothing() {
        String id = "c-" + UUID.randomUUID();
        Instant registeredAt = Instant.parse("2025-03-01T09:00:00Z");
        GoldenSample registered = LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, id, registeredAt).withPayloadField("name", "Contoso Old");
        GoldenSample renamed = LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1, id, registeredAt.plusSeconds(3600))
                .withPayloadField("name", "Contoso Workwear");
        GoldenSample lost = LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_LOST_V1, id, registeredAt.plusSeconds(7200))
                .withPayloadField("customerName", "Contoso Workwear");
        GoldenSample unknownType = LoyaltyCustomers.sample(LoyaltyEvents.PURCHASE_RECORDED_V1, id, registeredAt.plusSeconds(9000));
        try (EventTopicWriter writer = new EventTopicWriter(SharedInfrastructure.kafkaBootstrapServers())) {
            // Out of order: the rename and the loss before the registration, then each again.
            LoyaltyCustomers.publish(writer, renamed);
            LoyaltyCustomers.publish(writer, lost);
            LoyaltyCustomers.publish(writer, registered);
            LoyaltyCustomers.publish(writer, unknownType);
            LoyaltyCustomers.publish(writer, registered);
            LoyaltyCustomers.publish(writer, renamed);
            // The marker: once it is applied, everything before it on the customer's partition was handled.
            LoyaltyCustomers.publish(writer, LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_SIGNIFICANCE_CHANGED_V1, id,
                    registeredAt.plusSeconds(10_000)).withPayloadField("to", "REGULAR"));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> customers.find(id).map(c -> "REGULAR".equals(c.significance())).orElse(false));
        KnownCustomer customer = customers.find(id).orElseThrow();
        assertThat(customer.name()).as("the rename is later than the registration that arrived after it").isEqualTo("Contoso Workwear");
        assertThat(customer.status()).isEqualTo(KnownCustomer.Status.LOST);
        assertThat(customer.version()).as("written by the rename, the loss and the marker only: the late registration and every "
                + "redelivery changed nothing").isEqualTo(3);
    }

    @Test
    void aCustomerEventBreakingItsSchemaGoesToTheDeadLetterTopicAndTheNextIsApplied() {
        String id = "c-" + UUID.randomUUID();
        GoldenSample broken = LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, id, Instant.now()).withPayloadField("significance", "VIP");
        try (EventTopicReader deadLetters = new EventTopicReader(LoyaltyEvents.TOPIC + ".claims-api-it.dlq");
             EventTopicWriter writer = new EventTopicWriter(SharedInfrastructure.kafkaBootstrapServers())) {
            LoyaltyCustomers.publish(writer, broken);
            LoyaltyCustomers.publish(writer, LoyaltyCustomers.sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, id, Instant.now())
                    .withPayloadField("name", "Fabrikam"));

            await().atMost(Duration.ofSeconds(30)).until(() -> customers.find(id).isPresent());
            assertThat(customers.find(id).orElseThrow().name()).isEqualTo("Fabrikam");
            List<PublishedRecord> dead = await().atMost(Duration.ofSeconds(45)).until(deadLetters::poll,
                    records -> records.stream().anyMatch(record -> broken.headers().get("ce_id").equals(record.header("ce_id"))));
            assertThat(dead).filteredOn(record -> broken.headers().get("ce_id").equals(record.header("ce_id"))).singleElement()
                    .satisfies(record -> assertThat(record.header("x-exception-message")).contains("CustomerRegistered.v1"));
        }
    }

    @Test
    void theSearchFindsCustomersByTheStartOfTheirNamesWordsBoundedAndByName() {
        ApiClient head = new Callers(port).head("sales");

        ApiClient.Response north = head.get("/api/customers?q=NORTH");
        assertThat(north.status()).as(north.body()).isEqualTo(200);
        assertThat(north.json().values()).extracting(node -> node.get("name").asString())
                .containsSubsequence(LoyaltyCustomers.NORTHERN_LIGHTS_NAME, LoyaltyCustomers.NORTHWIND_NAME);
        ApiClient.Response both = head.get("/api/customers?q=north%20trad");
        assertThat(both.json().values()).extracting(node -> node.get("id").asString()).containsExactly(LoyaltyCustomers.NORTHWIND);
        ApiClient.Response lost = head.get("/api/customers?q=southwind");
        JsonNode southwind = lost.json().values().iterator().next();
        assertThat(southwind.get("status").asString()).as("a lost customer may still be named on a claim").isEqualTo("LOST");
        assertThat(head.get("/api/customers?q=wind").json().values()).as("a word's start, not its middle").isEmpty();
        assertThat(head.get("/api/customers?q=.*").json().values()).as("typed text is not a pattern").isEmpty();

        ApiClient.Response blank = head.get("/api/customers?q=%20");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(blank.body()).contains("q");
        assertThat(head.get("/api/customers?q=" + "a".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void aClaimNamesAKnownCustomerAndKeepsItsNameAndAnUnknownIdIsRefusedFilingNothing() {
        Callers callers = new Callers(port);
        String regulation = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(callers.management().postJson("/api/regulations", Callers.regulationBody(regulation)).status()).isEqualTo(201);
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        ApiClient.Response filed = callers.head("sales").postJson("/api/claims", Callers.claimBody(regulation, day, 100_000));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("customerName").asString()).isEqualTo(LoyaltyCustomers.NORTHWIND_NAME);

        long claims = mongo.getCollection("claims").countDocuments();
        ApiClient.Response unknown = callers.head("sales").postJson("/api/claims",
                Callers.claimBody(regulation, day, 100_000).replace("\"cust-42\"", "\"no-such-customer\""));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.body()).contains("customerId", "no-such-customer", "pick the customer by name");
        assertThat(mongo.getCollection("claims").countDocuments()).as("nothing filed").isEqualTo(claims);

        ApiClient.Response none = callers.head("sales").postJson("/api/claims",
                Callers.claimBody(regulation, day, 100_000).replace("\"customerId\":\"cust-42\",", ""));
        assertThat(none.status()).as("the customer is optional: " + none.body()).isEqualTo(201);
        assertThat(none.json().get("customerName").isNull()).isTrue();
    }
}
