package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A non-material reward was granted to a customer: what, when and why. Payload of
 * {@code org.atelier.loyalty.RewardGranted.v1}.
 */
public record RewardGrantedV1(String customerId, String rewardId, String reward, LocalDate grantedOn, String reason, String grantedBy,
                              Instant recordedAt) {
}
