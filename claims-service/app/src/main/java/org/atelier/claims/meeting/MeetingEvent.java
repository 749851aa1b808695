package org.atelier.claims.meeting;

/** What happened to a meeting, for the outbox. */
public sealed interface MeetingEvent {

    Meeting meeting();

    record Planned(Meeting meeting) implements MeetingEvent {
    }

    record Held(Meeting meeting) implements MeetingEvent {
    }
}
