package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A purchase earned loyalty points. Payload of {@code org.atelier.loyalty.PointsAccrued.v1}.
 *
 * <p>The points go into two separate counts: spendable points (redeemable until {@code expiresOn}) and tier
 * points (never spent; they decide the discount tier over the programme's tier window).
 *
 * @param expiresOn        the first day on which these points can no longer be spent
 * @param spendableBalance the customer's spendable points after this accrual, as of the day it was recorded
 * @param tierPoints       the customer's tier points after this accrual, as of the day it was recorded
 * @param tier             the discount tier reached, null when below every threshold
 * @param discountPercent  the tier's discount, 0 without a tier
 */
public record PointsAccruedV1(String customerId, String purchaseId, long points, LocalDate earnedOn, LocalDate expiresOn,
                              long spendableBalance, long tierPoints, String tier, int discountPercent, Instant accruedAt) {
}
