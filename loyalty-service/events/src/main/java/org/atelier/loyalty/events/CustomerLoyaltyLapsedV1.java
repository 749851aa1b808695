package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The customer no longer meets the loyalty rule (no purchases for too long, or lost).
 * Payload of {@code org.atelier.loyalty.CustomerLoyaltyLapsed.v1}.
 */
public record CustomerLoyaltyLapsedV1(String customerId, String significance, LocalDate asOf, Instant recordedAt) {
}
