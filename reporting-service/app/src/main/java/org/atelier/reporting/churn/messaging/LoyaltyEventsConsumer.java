package org.atelier.reporting.churn.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads loyalty-service's topic and keeps the churn read model up to date. Event types it has no use for
 * are skipped; a message that is not a readable event fails without retry and lands in the dead-letter topic.
 */
public class LoyaltyEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(LoyaltyEventsConsumer.class);
    private static final EventType CUSTOMER_LOST_V1 = EventType.parse("org.atelier.loyalty.CustomerLost.v1");

    private final ProjectingLosses projectingLosses;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public LoyaltyEventsConsumer(ProjectingLosses projectingLosses) {
        this.projectingLosses = projectingLosses;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!CUSTOMER_LOST_V1.equals(event.metadata().type())) {
            log.debug("Skipping {} {}", event.metadata().type(), event.id());
            return;
        }
        LostCustomer loss = toLoss(event, read(event));
        if (!projectingLosses.apply(loss)) {
            log.info("CustomerLost {} was already applied; redelivery ignored", event.id());
        }
    }

    private CustomerLostMessage read(IncomingEvent event) {
        try {
            CustomerLostMessage payload = json.readValue(event.payload(), CustomerLostMessage.class);
            if (payload.lostOn() == null || payload.reasons() == null || payload.reasons().stream().noneMatch(CustomerLostMessage.Reason::primary)) {
                throw new UnreadableEvent("CustomerLost " + event.id() + " lacks lostOn or a primary reason", null);
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEvent("CustomerLost " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    private static LostCustomer toLoss(IncomingEvent event, CustomerLostMessage payload) {
        List<CustomerLostMessage.Reason> reasons = payload.reasons();
        String primary = reasons.stream().filter(CustomerLostMessage.Reason::primary).findFirst().orElseThrow().code();
        List<String> departments = reasons.stream()
                .flatMap(reason -> reason.departmentsAtFault() == null ? java.util.stream.Stream.<String>empty() : reason.departmentsAtFault().stream())
                .distinct().sorted().toList();
        return new LostCustomer(event.id(), payload.customerId(), payload.customerName(), "KEY".equals(payload.significance()),
                payload.competitor(), payload.lostOn(), primary, reasons.stream().map(CustomerLostMessage.Reason::code).toList(), departments);
    }
}
