package org.atelier.claims.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Top management put the claim on the agenda of a heads' meeting. Payload of {@code org.atelier.claims.ClaimScheduled.v1}; the Kafka key and {@code ce_subject} are the claim id.
 */
public record ClaimScheduledV1(String claimId, String meetingId, LocalDate meetingDate, String scheduledBy, Instant scheduledAt) {
}
