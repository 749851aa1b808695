package org.atelier.claims.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The meeting was held. Payload of {@code org.atelier.claims.MeetingHeld.v1}; the Kafka key and {@code ce_subject} are the meeting id.
 */
public record MeetingHeldV1(String meetingId, LocalDate meetingDate, List<Person> attendance, List<Person> absentees, List<AgendaItem> heard, List<AgendaItem> adjourned, String heldBy, Instant heldAt) {

    /** A head of a department, by username */
    public record Person(String username, String department) {
    }

    /** @param kind {@code CLAIM} or {@code COMMENDATION} */
    public record AgendaItem(String kind, String id) {
    }
}
