package org.atelier.claims.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A place on the agenda of a planned meeting not yet held: where a claim's or commendation's SCHEDULED stage comes
 * from. The meeting is planned in one write with its agenda and its events; the items' own documents are not written,
 * so this is what they are read with.
 *
 * @param plannedBy who planned the meeting, and so scheduled the item; {@code plannedAt} when
 */
public record AgendaPlace(String meetingId, LocalDate meetingDate, String plannedBy, Instant plannedAt) {

    public AgendaPlace {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
