package org.atelier.claims.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * When a replicated value was true at loyalty: the time of the event that set it, its id breaking ties. A value is
 * replaced only by one with a later stamp, so the replica ends the same whatever order the events arrive in and however
 * often one is delivered.
 */
public record Stamp(Instant time, String eventId) implements Comparable<Stamp> {

    private static final Comparator<Stamp> ORDER = Comparator.comparing(Stamp::time).thenComparing(Stamp::eventId);

    public Stamp {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(eventId, "eventId");
        // As the database keeps it, so that a redelivered event's stamp equals the one stored from its first delivery.
        time = time.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether this stamp is later than {@code other}; everything is later than no stamp at all. */
    public boolean isAfter(Stamp other) {
        return other == null || compareTo(other) > 0;
    }

    @Override
    public int compareTo(Stamp other) {
        return ORDER.compare(this, other);
    }
}
