package org.atelier.claims.events;

import java.time.Instant;

/**
 * A department head petitioned for another department to be rewarded for active help. Payload of {@code org.atelier.claims.CommendationFiled.v1}; the Kafka key and {@code ce_subject} are the commendation id.
 *
 * @param recognition may be null
 * <p>Amounts ({@code *Minor}) are in the currency's minor units.
 */
public record CommendationFiledV1(String commendationId, String petitioningDepartment, String commendedDepartment, String help, String currency, long proposedRewardMinor, String recognition, String filedBy, Instant filedAt) {
}
