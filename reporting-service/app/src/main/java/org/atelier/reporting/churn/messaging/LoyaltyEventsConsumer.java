package org.atelier.reporting.churn.messaging;

import static org.atelier.reporting.projection.EventPayloads.read;
import static org.atelier.reporting.projection.EventPayloads.unreadable;

import java.util.List;
import java.util.stream.Stream;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.WithdrawnLoss;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.projection.EventDispatcher;

/**
 * Reads loyalty-service's topic and keeps the churn read model up to date: losses, and losses withdrawn as recorded
 * in error. Event types it has no use for are skipped; a message that is not a readable event fails without retry
 * and lands in the dead-letter topic.
 */
public class LoyaltyEventsConsumer extends EventDispatcher {

    private static final EventType CUSTOMER_LOST_V1 = EventType.parse("org.atelier.loyalty.CustomerLost.v1");
    private static final EventType LOSS_WITHDRAWN_V1 = EventType.parse("org.atelier.loyalty.LossWithdrawn.v1");

    public LoyaltyEventsConsumer(ProjectingLosses projectingLosses) {
        this(projectingLosses, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public LoyaltyEventsConsumer(ProjectingLosses projectingLosses, EventsSeen seen) {
        super(seen);
        on(CUSTOMER_LOST_V1, LoyaltyEventsConsumer::toLoss, projectingLosses::applyLosses);
        on(LOSS_WITHDRAWN_V1, LoyaltyEventsConsumer::toWithdrawal, projectingLosses::applyWithdrawals);
    }

    private static LostCustomer toLoss(IncomingEvent event) {
        CustomerLostMessage payload = read(event, CustomerLostMessage.class);
        if (payload.lostOn() == null || payload.recordedAt() == null || payload.reasons() == null
                || payload.reasons().stream().noneMatch(CustomerLostMessage.Reason::primary)) {
            throw unreadable(event, "lacks lostOn, recordedAt or a primary reason");
        }
        List<CustomerLostMessage.Reason> reasons = payload.reasons();
        String primary = reasons.stream().filter(CustomerLostMessage.Reason::primary).findFirst().orElseThrow().code();
        List<String> departments = reasons.stream()
                .flatMap(reason -> reason.departmentsAtFault() == null ? Stream.<String>empty() : reason.departmentsAtFault().stream())
                .distinct().sorted().toList();
        return new LostCustomer(event.id(), payload.customerId(), payload.customerName(), payload.significance(),
                payload.competitor(), payload.lostOn(), primary, reasons.stream().map(CustomerLostMessage.Reason::code).toList(),
                departments, payload.recordedAt());
    }

    private static WithdrawnLoss toWithdrawal(IncomingEvent event) {
        LossWithdrawnMessage payload = read(event, LossWithdrawnMessage.class);
        if (payload.customerId() == null || payload.lostOn() == null || payload.withdrawnAt() == null) {
            throw unreadable(event, "lacks customerId, lostOn or withdrawnAt");
        }
        return new WithdrawnLoss(event.id(), payload.customerId(), payload.lostOn(), payload.withdrawnAt());
    }
}
