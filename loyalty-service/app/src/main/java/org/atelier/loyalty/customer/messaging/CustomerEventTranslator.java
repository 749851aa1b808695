package org.atelier.loyalty.customer.messaging;

import java.time.Instant;
import java.util.List;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.events.CustomerLostV1;
import org.atelier.loyalty.events.CustomerRegisteredV1;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** Turns the domain's customer events into the published contract (loyalty-events), ready for the outbox. */
public class CustomerEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public CustomerEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(CustomerEvent event, Instant now) {
        if (event instanceof CustomerEvent.Registered registered) {
            return message(LoyaltyEvents.CUSTOMER_REGISTERED_V1, event,
                    new CustomerRegisteredV1(registered.customerId().toString(), registered.name(),
                            registered.significance().name(), registered.occurredAt()), now);
        }
        CustomerEvent.Lost lost = (CustomerEvent.Lost) event;
        return message(LoyaltyEvents.CUSTOMER_LOST_V1, event,
                new CustomerLostV1(lost.customerId().toString(), lost.name(), lost.significance().name(),
                        lost.loss().competitor(), lost.loss().lostOn(), reasons(lost.loss().reasons()),
                        lost.loss().note(), lost.loss().recordedAt()), now);
    }

    private OutboxMessage message(EventType type, CustomerEvent event, Object payload, Instant now) {
        EventMetadata metadata = EventMetadata.newEvent(type, event.customerId().toString(), event.occurredAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }

    private static List<CustomerLostV1.Reason> reasons(List<LossReason> reasons) {
        return reasons.stream()
                .map(reason -> new CustomerLostV1.Reason(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList()))
                .toList();
    }
}
