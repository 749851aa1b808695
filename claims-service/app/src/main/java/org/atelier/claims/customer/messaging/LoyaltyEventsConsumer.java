package org.atelier.claims.customer.messaging;

import java.util.function.Consumer;
import org.atelier.claims.customer.CustomerChange;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.claims.customer.Stamp;
import org.atelier.inbox.IncomingEvent;
import org.atelier.loyalty.events.CustomerLostV1;
import org.atelier.loyalty.events.CustomerProfileChangedV1;
import org.atelier.loyalty.events.CustomerRegainedV1;
import org.atelier.loyalty.events.CustomerRegisteredV1;
import org.atelier.loyalty.events.CustomerSignificanceChangedV1;
import org.atelier.loyalty.events.LossWithdrawnV1;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads loyalty-service's topic into claims' own customer replica: the name a claim's related customer is picked by,
 * its significance and whether it is still a customer. Every value is stamped with its event's time (and id, for
 * ties) and replaced only by a later one, so a redelivery, or an event arriving after a later one, changes nothing.
 * Other event types are skipped; an envelope or payload that cannot be read goes to the dead-letter topic.
 */
public class LoyaltyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyEventsConsumer.class);

    private final KnownCustomers customers;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public LoyaltyEventsConsumer(KnownCustomers customers) {
        this.customers = customers;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        CustomerChange change = change(event);
        if (change == null) {
            log.debug("Skipping {} {}", event.metadata().type(), event.id());
            return;
        }
        if (!customers.apply(change, new Stamp(event.metadata().time(), event.id()))) {
            log.info("{} {} changed nothing: a redelivery, or older than what the replica holds", event.metadata().type(), event.id());
        }
    }

    private CustomerChange change(IncomingEvent event) {
        var type = event.metadata().type();
        if (LoyaltyEvents.CUSTOMER_REGISTERED_V1.equals(type)) {
            CustomerRegisteredV1 registered = read(event, CustomerRegisteredV1.class);
            return new CustomerChange.Registered(registered.customerId(), registered.name(), registered.significance());
        } else if (LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1.equals(type)) {
            CustomerProfileChangedV1 changed = read(event, CustomerProfileChangedV1.class);
            return new CustomerChange.ProfileChanged(changed.customerId(), changed.name());
        } else if (LoyaltyEvents.CUSTOMER_SIGNIFICANCE_CHANGED_V1.equals(type)) {
            CustomerSignificanceChangedV1 changed = read(event, CustomerSignificanceChangedV1.class);
            return new CustomerChange.SignificanceChanged(changed.customerId(), changed.to());
        } else if (LoyaltyEvents.CUSTOMER_LOST_V1.equals(type)) {
            CustomerLostV1 lost = read(event, CustomerLostV1.class);
            return new CustomerChange.Lost(lost.customerId(), lost.customerName(), lost.significance());
        } else if (LoyaltyEvents.CUSTOMER_REGAINED_V1.equals(type)) {
            CustomerRegainedV1 regained = read(event, CustomerRegainedV1.class);
            return new CustomerChange.Regained(regained.customerId(), regained.customerName(), regained.significance());
        } else if (LoyaltyEvents.LOSS_WITHDRAWN_V1.equals(type)) {
            // A loss recorded by mistake: the customer is active again, as before it.
            LossWithdrawnV1 withdrawn = read(event, LossWithdrawnV1.class);
            return new CustomerChange.Regained(withdrawn.customerId(), withdrawn.customerName(), null);
        }
        return null;
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new UnreadableLoyaltyEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }
}
