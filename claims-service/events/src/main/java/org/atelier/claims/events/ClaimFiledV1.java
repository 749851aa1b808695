package org.atelier.claims.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A department head filed a claim for their department against another department that broke a regulation. Payload of {@code org.atelier.claims.ClaimFiled.v1}; the Kafka key and {@code ce_subject} are the claim id.
 *
 * @param customerId may be null
 * @param contractReference may be null
 * <p>Amounts ({@code *Minor}) are in the currency's minor units.
 */
public record ClaimFiledV1(String claimId, String claimantDepartment, String respondentDepartment, String regulationId, int regulationVersion, String whatHappened, LocalDate happenedOn, String customerId, String contractReference, String customerConsequences, String planIndicator, String currency, long claimedShortfallMinor, long planAdjustmentRequested, List<Evidence> evidence, String filedBy, Instant filedAt) {

    /** @param link where the evidence is kept; may be null */
    public record Evidence(String description, String link) {
    }
}
