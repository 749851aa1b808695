package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/** The customer now meets the loyalty rule. Payload of {@code org.atelier.loyalty.CustomerBecameLoyal.v1}. */
public record CustomerBecameLoyalV1(String customerId, String significance, LocalDate asOf, Instant recordedAt) {
}
