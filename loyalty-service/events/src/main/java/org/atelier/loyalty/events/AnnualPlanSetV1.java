package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * Finance set (or revised) the plan of a year. Payload of {@code org.atelier.loyalty.AnnualPlanSet.v1}; the
 * Kafka key and {@code ce_subject} are the year.
 *
 * @param revenueMinor amounts in the currency's minor units
 * @param headcount    employees the annual bonus pool is shared by
 * @param gateRule     the annual pool's gate rule ({@code PLAN}, {@code PREVIOUS_YEAR}, {@code PLAN_OR_PREVIOUS_YEAR},
 *                     {@code PLAN_AND_PREVIOUS_YEAR}); null or absent: the default
 * @param marginGrowthShareBp the margin growth's share in the pool, 0..10 000 basis points; null or absent: the default
 */
public record AnnualPlanSetV1(int year, String currency, long revenueMinor, long marginMinor, int loyalCustomers,
                              int loyalKeyCustomers, int headcount, String setBy, Instant setAt, String gateRule,
                              Integer marginGrowthShareBp) {

    /** A plan leaving the pool's rules to their defaults, as plans were before finance could set them. */
    public AnnualPlanSetV1(int year, String currency, long revenueMinor, long marginMinor, int loyalCustomers,
                           int loyalKeyCustomers, int headcount, String setBy, Instant setAt) {
        this(year, currency, revenueMinor, marginMinor, loyalCustomers, loyalKeyCustomers, headcount, setBy, setAt, null, null);
    }
}
