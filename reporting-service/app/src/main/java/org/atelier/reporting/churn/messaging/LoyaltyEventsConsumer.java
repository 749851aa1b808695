package org.atelier.reporting.churn.messaging;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.WithdrawnLoss;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads loyalty-service's topic and keeps the churn read model up to date: losses, and losses withdrawn as recorded
 * in error. Event types it has no use for are skipped; a message that is not a readable event fails without retry
 * and lands in the dead-letter topic.
 */
public class LoyaltyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyEventsConsumer.class);
    private static final EventType CUSTOMER_LOST_V1 = EventType.parse("org.atelier.loyalty.CustomerLost.v1");
    private static final EventType LOSS_WITHDRAWN_V1 = EventType.parse("org.atelier.loyalty.LossWithdrawn.v1");

    private final ProjectingLosses projectingLosses;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventsSeen seen;

    public LoyaltyEventsConsumer(ProjectingLosses projectingLosses) {
        this(projectingLosses, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public LoyaltyEventsConsumer(ProjectingLosses projectingLosses, EventsSeen seen) {
        this.projectingLosses = projectingLosses;
        this.seen = seen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        EventType type = event.metadata().type();
        boolean changed;
        if (CUSTOMER_LOST_V1.equals(type)) {
            changed = projectingLosses.apply(toLoss(event, readLoss(event)));
        } else if (LOSS_WITHDRAWN_V1.equals(type)) {
            changed = projectingLosses.apply(toWithdrawal(event, readWithdrawal(event)));
        } else {
            log.debug("Skipping {} {}", type, event.id());
            seen.notUsed(message, event);
            return;
        }
        if (!changed) {
            log.info("{} {} was already applied; redelivery ignored", type, event.id());
        }
        seen.applied(message, event);
    }

    private CustomerLostMessage readLoss(IncomingEvent event) {
        CustomerLostMessage payload = read(event, CustomerLostMessage.class);
        if (payload.lostOn() == null || payload.recordedAt() == null || payload.reasons() == null
                || payload.reasons().stream().noneMatch(CustomerLostMessage.Reason::primary)) {
            throw new UnreadableEvent("CustomerLost " + event.id() + " lacks lostOn, recordedAt or a primary reason", null);
        }
        return payload;
    }

    private LossWithdrawnMessage readWithdrawal(IncomingEvent event) {
        LossWithdrawnMessage payload = read(event, LossWithdrawnMessage.class);
        if (payload.customerId() == null || payload.lostOn() == null || payload.withdrawnAt() == null) {
            throw new UnreadableEvent("LossWithdrawn " + event.id() + " lacks customerId, lostOn or withdrawnAt", null);
        }
        return payload;
    }

    private <T> T read(IncomingEvent event, Class<T> contract) {
        try {
            return json.readValue(event.payload(), contract);
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    private static LostCustomer toLoss(IncomingEvent event, CustomerLostMessage payload) {
        List<CustomerLostMessage.Reason> reasons = payload.reasons();
        String primary = reasons.stream().filter(CustomerLostMessage.Reason::primary).findFirst().orElseThrow().code();
        List<String> departments = reasons.stream()
                .flatMap(reason -> reason.departmentsAtFault() == null ? Stream.<String>empty() : reason.departmentsAtFault().stream())
                .distinct().sorted().toList();
        return new LostCustomer(event.id(), payload.customerId(), payload.customerName(), payload.significance(),
                payload.competitor(), payload.lostOn(), primary, reasons.stream().map(CustomerLostMessage.Reason::code).toList(),
                departments, payload.recordedAt());
    }

    private static WithdrawnLoss toWithdrawal(IncomingEvent event, LossWithdrawnMessage payload) {
        return new WithdrawnLoss(event.id(), payload.customerId(), payload.lostOn(), payload.withdrawnAt());
    }
}
