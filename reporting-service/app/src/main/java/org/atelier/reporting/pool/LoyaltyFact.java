package org.atelier.reporting.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One change in a customer's loyalty or significance, as loyalty-service published it, dated on the company calendar.
 *
 * @param loyal        true for {@code CustomerBecameLoyal}, false for {@code CustomerLoyaltyLapsed}, null when the event
 *                     says nothing about loyalty (registration, significance change)
 * @param significance the customer's significance from that day on
 * @param recordedAt   orders two changes of the same day
 */
public record LoyaltyFact(String eventId, String customerId, LocalDate on, Boolean loyal, String significance, Instant recordedAt) {

    public LoyaltyFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
