package org.atelier.reporting.claims.messaging;

import static org.atelier.reporting.projection.EventPayloads.read;
import static org.atelier.reporting.projection.EventPayloads.required;
import static org.atelier.reporting.projection.EventPayloads.unreadable;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.atelier.reporting.claims.application.ProjectingClaims;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.projection.EventDispatcher;

/**
 * Reads claims-service's topic into the claim-outcomes read model. Event types it has no use for (meetings,
 * positions, schedules, policies) are skipped; a message that is not a readable event goes to the dead-letter topic.
 */
public class ClaimsEventsConsumer extends EventDispatcher {

    private static final EventType CLAIM_FILED = EventType.parse("org.atelier.claims.ClaimFiled.v1");
    private static final EventType CLAIM_WITHDRAWN = EventType.parse("org.atelier.claims.ClaimWithdrawn.v1");
    private static final EventType CLAIM_DECIDED = EventType.parse("org.atelier.claims.ClaimDecided.v1");
    private static final EventType COMMENDATION_FILED = EventType.parse("org.atelier.claims.CommendationFiled.v1");
    private static final EventType COMMENDATION_DECIDED = EventType.parse("org.atelier.claims.CommendationDecided.v1");
    private static final String NO_ITEM = "names no claim or commendation";

    private final CompanyCalendar calendar;

    public ClaimsEventsConsumer(ProjectingClaims projecting, CompanyCalendar calendar) {
        this(projecting, calendar, EventsSeen.NONE);
    }

    /** @param seen told of every event done with, for the freshness view */
    public ClaimsEventsConsumer(ProjectingClaims projecting, CompanyCalendar calendar, EventsSeen seen) {
        super(seen);
        this.calendar = calendar;
        Applier<ClaimFact> facts = projecting::applyAll;
        on(CLAIM_FILED, this::filed, facts);
        on(CLAIM_WITHDRAWN, this::withdrawn, facts);
        on(CLAIM_DECIDED, this::decided, facts);
        on(COMMENDATION_FILED, this::commendationFiled, facts);
        on(COMMENDATION_DECIDED, this::commendationDecided, facts);
    }

    private ClaimFact filed(IncomingEvent event) {
        ClaimsEventMessage m = read(event, ClaimsEventMessage.class);
        LocalDate on = day(event, m.filedAt());
        return new ClaimFact(event.id(), required(event, m.claimId(), NO_ITEM), Kind.CLAIM_FILED, m.claimantDepartment(),
                m.respondentDepartment(), on, on.getYear(), null, m.currency(), 0, 0, 0, 0, m.customerId());
    }

    private ClaimFact withdrawn(IncomingEvent event) {
        ClaimsEventMessage m = read(event, ClaimsEventMessage.class);
        LocalDate on = day(event, m.withdrawnAt());
        return new ClaimFact(event.id(), required(event, m.claimId(), NO_ITEM), Kind.CLAIM_WITHDRAWN, m.claimantDepartment(), null,
                on, on.getYear(), null, null, 0, 0, 0, 0, null);
    }

    private ClaimFact decided(IncomingEvent event) {
        ClaimsEventMessage m = read(event, ClaimsEventMessage.class);
        LocalDate on = day(event, m.decidedAt());
        int year = m.policyYear() == null ? on.getYear() : m.policyYear();
        return new ClaimFact(event.id(), required(event, m.claimId(), NO_ITEM), Kind.CLAIM_DECIDED, m.claimantDepartment(),
                m.respondentDepartment(), on, year, m.outcome(), m.currency(), amount(m.deductionMinor()), amount(m.compensationMinor()),
                amount(m.poolShareMinor()), 0, m.customerId());
    }

    private ClaimFact commendationFiled(IncomingEvent event) {
        ClaimsEventMessage m = read(event, ClaimsEventMessage.class);
        LocalDate on = day(event, m.filedAt());
        return new ClaimFact(event.id(), required(event, m.commendationId(), NO_ITEM), Kind.COMMENDATION_FILED, m.petitioningDepartment(),
                m.commendedDepartment(), on, on.getYear(), null, m.currency(), 0, 0, 0, 0, null);
    }

    private ClaimFact commendationDecided(IncomingEvent event) {
        ClaimsEventMessage m = read(event, ClaimsEventMessage.class);
        LocalDate on = day(event, m.decidedAt());
        return new ClaimFact(event.id(), required(event, m.commendationId(), NO_ITEM), Kind.COMMENDATION_DECIDED,
                m.petitioningDepartment(), m.commendedDepartment(), on, on.getYear(), m.outcome(), m.currency(), 0, 0, 0,
                amount(m.grantedMinor()), null);
    }

    private LocalDate day(IncomingEvent event, Instant at) {
        if (at == null) {
            throw unreadable(event, "says not when it happened");
        }
        return calendar.dateOf(at);
    }

    private static long amount(Long minor) {
        return minor == null ? 0 : minor;
    }
}
