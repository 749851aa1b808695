package org.atelier.claims.events;

import java.time.Instant;

/**
 * Top management approved the commendation with the amount granted (credited to the commended department, funded by the company bonus fund) or declined it. Payload of {@code org.atelier.claims.CommendationDecided.v1}; the Kafka key and {@code ce_subject} are the commendation id.
 * <p>Amounts ({@code *Minor}) are in the currency's minor units.
 */
public record CommendationDecidedV1(String commendationId, String meetingId, String petitioningDepartment, String commendedDepartment, String outcome, String currency, long grantedMinor, String decidedBy, Instant decidedAt) {
}
