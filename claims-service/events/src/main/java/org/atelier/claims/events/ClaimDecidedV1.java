package org.atelier.claims.events;

import java.time.Instant;

/**
 * Top management decided the claim at the heads' meeting it was heard at. Payload of {@code org.atelier.claims.ClaimDecided.v1}; the Kafka key and {@code ce_subject} are the claim id.
 *
 * @param customerId may be null
 * <p>Amounts ({@code *Minor}) are in the currency's minor units.
 */
public record ClaimDecidedV1(String claimId, String meetingId, String claimantDepartment, String respondentDepartment, String customerId, String outcome, String currency, long claimedShortfallMinor, long recognisedShortfallMinor, long deductionMinor, long compensationMinor, long poolShareMinor, String planIndicator, long planAdjustment, int policyYear, int deductionRatio, int compensationRatio, int redistributionRatio, String decidedBy, Instant decidedAt) {
}
