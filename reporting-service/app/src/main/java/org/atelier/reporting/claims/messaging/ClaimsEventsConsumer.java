package org.atelier.reporting.claims.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.churn.messaging.UnreadableEvent;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.atelier.reporting.claims.application.ProjectingClaims;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads claims-service's topic into the claim-outcomes read model. Event types it has no use for (meetings,
 * positions, schedules, policies) are skipped; a message that is not a readable event goes to the dead-letter topic.
 */
public class ClaimsEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(ClaimsEventsConsumer.class);
    private static final EventType CLAIM_FILED = EventType.parse("org.atelier.claims.ClaimFiled.v1");
    private static final EventType CLAIM_WITHDRAWN = EventType.parse("org.atelier.claims.ClaimWithdrawn.v1");
    private static final EventType CLAIM_DECIDED = EventType.parse("org.atelier.claims.ClaimDecided.v1");
    private static final EventType COMMENDATION_FILED = EventType.parse("org.atelier.claims.CommendationFiled.v1");
    private static final EventType COMMENDATION_DECIDED = EventType.parse("org.atelier.claims.CommendationDecided.v1");

    private final ProjectingClaims projecting;
    private final CompanyCalendar calendar;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EventsSeen seen;

    public ClaimsEventsConsumer(ProjectingClaims projecting, CompanyCalendar calendar) {
        this(projecting, calendar, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public ClaimsEventsConsumer(ProjectingClaims projecting, CompanyCalendar calendar, EventsSeen seen) {
        this.projecting = projecting;
        this.calendar = calendar;
        this.seen = seen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        EventType type = event.metadata().type();
        ClaimFact fact;
        if (CLAIM_FILED.equals(type)) {
            ClaimsEventMessage m = read(event);
            LocalDate on = day(event, m.filedAt());
            fact = new ClaimFact(event.id(), required(event, m.claimId()), Kind.CLAIM_FILED, m.claimantDepartment(), m.respondentDepartment(),
                    on, on.getYear(), null, m.currency(), 0, 0, 0, 0, m.customerId());
        } else if (CLAIM_WITHDRAWN.equals(type)) {
            ClaimsEventMessage m = read(event);
            LocalDate on = day(event, m.withdrawnAt());
            fact = new ClaimFact(event.id(), required(event, m.claimId()), Kind.CLAIM_WITHDRAWN, m.claimantDepartment(), null,
                    on, on.getYear(), null, null, 0, 0, 0, 0, null);
        } else if (CLAIM_DECIDED.equals(type)) {
            ClaimsEventMessage m = read(event);
            LocalDate on = day(event, m.decidedAt());
            int year = m.policyYear() == null ? on.getYear() : m.policyYear();
            fact = new ClaimFact(event.id(), required(event, m.claimId()), Kind.CLAIM_DECIDED, m.claimantDepartment(), m.respondentDepartment(),
                    on, year, m.outcome(), m.currency(), amount(m.deductionMinor()), amount(m.compensationMinor()),
                    amount(m.poolShareMinor()), 0, m.customerId());
        } else if (COMMENDATION_FILED.equals(type)) {
            ClaimsEventMessage m = read(event);
            LocalDate on = day(event, m.filedAt());
            fact = new ClaimFact(event.id(), required(event, m.commendationId()), Kind.COMMENDATION_FILED, m.petitioningDepartment(),
                    m.commendedDepartment(), on, on.getYear(), null, m.currency(), 0, 0, 0, 0, null);
        } else if (COMMENDATION_DECIDED.equals(type)) {
            ClaimsEventMessage m = read(event);
            LocalDate on = day(event, m.decidedAt());
            fact = new ClaimFact(event.id(), required(event, m.commendationId()), Kind.COMMENDATION_DECIDED, m.petitioningDepartment(),
                    m.commendedDepartment(), on, on.getYear(), m.outcome(), m.currency(), 0, 0, 0, amount(m.grantedMinor()), null);
        } else {
            log.debug("Skipping {} {}", type, event.id());
            seen.notUsed(message, event);
            return;
        }
        if (!projecting.apply(fact)) {
            log.info("{} {} was already applied; redelivery ignored", type, event.id());
        }
        seen.applied(message, event);
    }

    private ClaimsEventMessage read(IncomingEvent event) {
        try {
            return json.readValue(event.payload(), ClaimsEventMessage.class);
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    private LocalDate day(IncomingEvent event, Instant at) {
        if (at == null) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " says not when it happened", null);
        }
        return calendar.dateOf(at);
    }

    private static String required(IncomingEvent event, String id) {
        if (id == null || id.isBlank()) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " names no claim or commendation", null);
        }
        return id;
    }

    private static long amount(Long minor) {
        return minor == null ? 0 : minor;
    }
}
