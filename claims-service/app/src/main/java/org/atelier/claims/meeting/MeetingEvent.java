package org.atelier.claims.meeting;

/**
 * What happened to a meeting, for the outbox. Planning it schedules every claim on its agenda: their
 * {@link ClaimScheduled} events are the meeting's, written with it in its one write (and keyed by the claim).
 */
public sealed interface MeetingEvent {

    Meeting meeting();

    record Planned(Meeting meeting) implements MeetingEvent {
    }

    record ClaimScheduled(Meeting meeting, String claimId) implements MeetingEvent {
    }

    record Held(Meeting meeting) implements MeetingEvent {
    }
}
