package org.atelier.claims.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Top management planned a meeting of the heads of all departments, with its agenda of claims and commendations in order. Payload of {@code org.atelier.claims.MeetingPlanned.v1}; the Kafka key and {@code ce_subject} are the meeting id.
 */
public record MeetingPlannedV1(String meetingId, LocalDate meetingDate, List<AgendaItem> agenda, String plannedBy, Instant plannedAt) {

    /** @param kind {@code CLAIM} or {@code COMMENDATION} */
    public record AgendaItem(String kind, String id) {
    }
}
