package org.atelier.claims.events;

import java.time.Instant;

/**
 * The respondent department's head recorded the department's position on a claim before the hearing. Payload of {@code org.atelier.claims.ClaimPositionRecorded.v1}; the Kafka key and {@code ce_subject} are the claim id.
 */
public record ClaimPositionRecordedV1(String claimId, String respondentDepartment, String position, String recordedBy, Instant recordedAt) {
}
