package org.atelier.claims.events;

import java.time.Instant;

/**
 * The claimant department's head withdrew the claim before it was heard. Payload of {@code org.atelier.claims.ClaimWithdrawn.v1}; the Kafka key and {@code ce_subject} are the claim id.
 *
 * @param reason may be null
 */
public record ClaimWithdrawnV1(String claimId, String claimantDepartment, String reason, String withdrawnBy, Instant withdrawnAt) {
}
