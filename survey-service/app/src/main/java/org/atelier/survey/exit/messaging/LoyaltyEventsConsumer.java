package org.atelier.survey.exit.messaging;

import java.util.function.Consumer;
import org.atelier.inbox.IncomingEvent;
import org.atelier.loyalty.events.CustomerLostV1;
import org.atelier.loyalty.events.CustomerProfileChangedV1;
import org.atelier.loyalty.events.CustomerRegainedV1;
import org.atelier.loyalty.events.CustomerRegisteredV1;
import org.atelier.loyalty.events.CustomerSignificanceChangedV1;
import org.atelier.loyalty.events.LossWithdrawnV1;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.survey.customer.CustomerChange;
import org.atelier.survey.customer.KnownCustomer;
import org.atelier.survey.customer.KnownCustomers;
import org.atelier.survey.exit.LostCustomer;
import org.atelier.survey.exit.application.OpeningCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads loyalty-service's topic: keeps the customer replica (name, significance, account manager, managing
 * department), opens a case for every loss and closes an open one when the customer is regained or the loss is
 * withdrawn. Every effect is once only — the replica remembers the event ids it applied, a case's id follows from its
 * loss event's id, a closed case ignores a second regain or withdrawal, and a withdrawal closes only the case of a
 * loss recorded before it — so a redelivery changes nothing. Other event types are skipped.
 */
public class LoyaltyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyEventsConsumer.class);

    private final KnownCustomers customers;
    private final OpeningCases openingCases;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public LoyaltyEventsConsumer(KnownCustomers customers, OpeningCases openingCases) {
        this.customers = customers;
        this.openingCases = openingCases;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        var type = event.metadata().type();
        if (LoyaltyEvents.CUSTOMER_REGISTERED_V1.equals(type)) {
            CustomerRegisteredV1 registered = read(event, CustomerRegisteredV1.class);
            apply(event, new CustomerChange.Registered(registered.customerId(), registered.name(), registered.significance(),
                    registered.accountManager(), registered.department()));
        } else if (LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1.equals(type)) {
            CustomerProfileChangedV1 changed = read(event, CustomerProfileChangedV1.class);
            apply(event, new CustomerChange.ProfileChanged(changed.customerId(), changed.name(), changed.accountManager(), changed.department()));
        } else if (LoyaltyEvents.CUSTOMER_SIGNIFICANCE_CHANGED_V1.equals(type)) {
            CustomerSignificanceChangedV1 changed = read(event, CustomerSignificanceChangedV1.class);
            apply(event, new CustomerChange.SignificanceChanged(changed.customerId(), changed.to()));
        } else if (LoyaltyEvents.CUSTOMER_LOST_V1.equals(type)) {
            open(event, read(event, CustomerLostV1.class));
        } else if (LoyaltyEvents.CUSTOMER_REGAINED_V1.equals(type)) {
            CustomerRegainedV1 regained = read(event, CustomerRegainedV1.class);
            if (!openingCases.regain(regained.customerId(), regained.regainedOn())) {
                log.debug("CustomerRegained {}: no open case of customer {}", event.id(), regained.customerId());
            }
        } else if (LoyaltyEvents.LOSS_WITHDRAWN_V1.equals(type)) {
            LossWithdrawnV1 withdrawn = read(event, LossWithdrawnV1.class);
            if (!openingCases.withdraw(withdrawn.customerId(), withdrawn.lostOn(), withdrawn.withdrawnAt())) {
                log.debug("LossWithdrawn {}: no open case of customer {} for that loss", event.id(), withdrawn.customerId());
            }
        } else {
            log.debug("Skipping {} {}", type, event.id());
        }
    }

    private void apply(IncomingEvent event, CustomerChange change) {
        if (!customers.applyOnce(event.id(), change)) {
            log.info("{} {} was already applied; redelivery ignored", event.metadata().type(), event.id());
        }
    }

    private void open(IncomingEvent event, CustomerLostV1 lost) {
        KnownCustomer known = customers.find(lost.customerId()).orElse(null);
        LostCustomer loss = new LostCustomer(event.id(), lost.customerId(), lost.customerName(), lost.significance(), lost.lostOn(),
                known == null ? null : known.accountManager(), known == null ? null : known.department(), lost.recordedAt());
        if (!openingCases.open(loss)) {
            log.info("CustomerLost {} had opened its case already; redelivery ignored", event.id());
        }
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }
}
