package org.atelier.reporting.claims.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * The part of claims-service's {@code ClaimFiled}, {@code ClaimWithdrawn}, {@code ClaimDecided},
 * {@code CommendationFiled} and {@code CommendationDecided} (v1) this service reads, as one shape: each event fills the
 * fields it has. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ClaimsEventMessage(String claimId, String commendationId, String claimantDepartment, String respondentDepartment,
                          String petitioningDepartment, String commendedDepartment, String customerId, String outcome, String currency,
                          Long deductionMinor, Long compensationMinor, Long poolShareMinor, Long grantedMinor, Integer policyYear,
                          Instant filedAt, Instant withdrawnAt, Instant decidedAt) {
}
