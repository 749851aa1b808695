package org.atelier.loyalty.events;

import java.time.Instant;
import java.util.List;

/**
 * Marketing revised the loyalty programme; the terms apply from {@code revisedAt}. Payload of
 * {@code org.atelier.loyalty.LoyaltyProgrammeRevised.v1}, keyed {@code loyalty-programme}.
 *
 * @param accrualPoints         points earned for each full {@code accrualStepMinorUnits} spent in {@code currency}
 * @param pointValueMinorUnits  what one redeemed point takes off an invoice
 */
public record LoyaltyProgrammeRevisedV1(String currency, int accrualPoints, long accrualStepMinorUnits, long pointValueMinorUnits,
                                        int pointsExpireAfterMonths, int tierWindowMonths, List<Tier> tiers, String revisedBy,
                                        Instant revisedAt) {

    /** A step of the discount scale, lowest threshold first. */
    public record Tier(String name, long thresholdPoints, int discountPercent) {
    }
}
