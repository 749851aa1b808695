package org.atelier.survey.exit;

import java.time.LocalDate;
import java.util.UUID;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;

/** Publishes loyalty's golden sample messages for one customer on a test's loyalty topic, as loyalty-service would. */
final class LoyaltyTopic implements AutoCloseable {

    private final EventTopicWriter writer = new EventTopicWriter();
    private final String topic;

    LoyaltyTopic(String topic) {
        this.topic = topic;
    }

    GoldenSample registered(String customerId, String name, String accountManager, String department) {
        return forCustomer(LoyaltyEvents.CUSTOMER_REGISTERED_V1, customerId).withPayloadField("name", name)
                .withPayloadField("accountManager", accountManager).withPayloadField("department", department);
    }

    GoldenSample profileChanged(String customerId, String name, String accountManager, String department) {
        return forCustomer(LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1, customerId).withPayloadField("name", name)
                .withPayloadField("accountManager", accountManager).withPayloadField("department", department);
    }

    GoldenSample lost(String customerId, String name, LocalDate lostOn) {
        return forCustomer(LoyaltyEvents.CUSTOMER_LOST_V1, customerId).withPayloadField("customerName", name)
                .withPayloadField("lostOn", lostOn.toString());
    }

    GoldenSample regained(String customerId, LocalDate lostOn, LocalDate regainedOn) {
        return forCustomer(LoyaltyEvents.CUSTOMER_REGAINED_V1, customerId).withPayloadField("lostOn", lostOn.toString())
                .withPayloadField("regainedOn", regainedOn.toString());
    }

    GoldenSample withdrawn(String customerId, LocalDate lostOn, java.time.Instant withdrawnAt) {
        return forCustomer(LoyaltyEvents.LOSS_WITHDRAWN_V1, customerId).withPayloadField("lostOn", lostOn.toString())
                .withPayloadField("withdrawnAt", withdrawnAt.toString());
    }

    GoldenSample significanceChanged(String customerId, String from, String to) {
        return forCustomer(LoyaltyEvents.CUSTOMER_SIGNIFICANCE_CHANGED_V1, customerId).withPayloadField("from", from).withPayloadField("to", to);
    }

    void publish(GoldenSample sample) {
        writer.send(topic, sample.key(), sample.headers(), sample.payload());
    }

    private static GoldenSample forCustomer(org.atelier.events.envelope.EventType type, String customerId) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(type)).withPayloadField("customerId", customerId)
                .withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", customerId);
        return new GoldenSample(customerId, sample.headers(), sample.payload());
    }

    @Override
    public void close() {
        writer.close();
    }
}
