package org.atelier.claims.events;

import java.time.Instant;

/**
 * The policy an upheld claim's money follows in a year, in basis points (10 000 = 100 %). Payload of {@code org.atelier.claims.BonusPolicySet.v1}; the Kafka key and {@code ce_subject} are the year.
 */
public record BonusPolicySetV1(int year, int deductionRatio, int compensationRatio, int redistributionRatio, String setBy, Instant setAt) {
}
