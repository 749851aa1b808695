package org.atelier.claims.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.SharedInfrastructure;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Loyalty's customers as loyalty-service publishes them (its golden samples), once per test JVM on the shared broker's
 * loyalty topic; before each test, waits until the test's context has read them into its customer replica. Each
 * context reads the topic in a consumer group of its own ({@code atelier.customers.group}), as another service would.
 * Put it after {@code @UsesSharedInfrastructure}.
 */
public class LoyaltyCustomers implements BeforeAllCallback, BeforeEachCallback {

    /** The customer the claims in the tests name. */
    public static final String NORTHWIND = "cust-42";
    public static final String NORTHWIND_NAME = "Northwind Trading";
    public static final String NORTHERN_LIGHTS = "cust-43";
    public static final String NORTHERN_LIGHTS_NAME = "Northern Lights Textiles";
    /** A customer that left: still one a claim may name. */
    public static final String SOUTHWIND = "cust-44";
    public static final String SOUTHWIND_NAME = "Southwind Garments";

    private static final List<String> ALL = List.of(NORTHWIND, NORTHERN_LIGHTS, SOUTHWIND);

    private static boolean published;

    public static synchronized void publishOnce() {
        if (published) {
            return;
        }
        SharedInfrastructure.start();
        Instant registered = Instant.parse("2024-02-12T09:30:00Z");
        try (EventTopicWriter writer = new EventTopicWriter(SharedInfrastructure.kafkaBootstrapServers())) {
            publish(writer, sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, NORTHWIND, registered).withPayloadField("name", NORTHWIND_NAME));
            publish(writer, sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, NORTHERN_LIGHTS, registered).withPayloadField("name", NORTHERN_LIGHTS_NAME));
            publish(writer, sample(LoyaltyEvents.CUSTOMER_REGISTERED_V1, SOUTHWIND, registered).withPayloadField("name", SOUTHWIND_NAME));
            publish(writer, sample(LoyaltyEvents.CUSTOMER_LOST_V1, SOUTHWIND, registered.plusSeconds(86_400)).withPayloadField("customerName", SOUTHWIND_NAME));
        }
        published = true;
    }

    /** A golden sample of {@code type} about the customer, under a fresh event id, at {@code time}. */
    public static GoldenSample sample(EventType type, String customerId, Instant time) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(type)).withPayloadField("customerId", customerId)
                .withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", customerId).withHeader("ce_time", time.toString());
        return new GoldenSample(customerId, sample.headers(), sample.payload());
    }

    public static void publish(EventTopicWriter writer, GoldenSample sample) {
        writer.send(LoyaltyEvents.TOPIC, sample.key(), sample.headers(), sample.payload());
    }

    public static void awaitIn(KnownCustomers customers) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ALL.stream().allMatch(id -> customers.find(id).isPresent())
                && customers.find(SOUTHWIND).orElseThrow().status() == org.atelier.claims.customer.KnownCustomer.Status.LOST);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        publishOnce();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        awaitIn(SpringExtension.getApplicationContext(context).getBean(KnownCustomers.class));
    }
}
