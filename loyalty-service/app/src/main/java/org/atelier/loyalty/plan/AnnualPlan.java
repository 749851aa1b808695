package org.atelier.loyalty.plan;

import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.Money;

/**
 * The plan of a year.
 *
 * @param loyalCustomers    planned number of loyal customers at the end of the year
 * @param loyalKeyCustomers of them key customers, which count first
 * @param headcount         employees the annual bonus pool is shared by
 * @param gateRule          the annual pool's gate rule for the year; null leaves it to the default (reporting's configured
 *                          rule, {@code PLAN_OR_PREVIOUS_YEAR} unless management agreed otherwise)
 * @param marginGrowthShareBp the share of the margin's growth that goes into the pool, 0..10 000 basis points; null leaves it
 *                          to the default (1 000 unless configured otherwise)
 */
public record AnnualPlan(Money revenue, Money margin, int loyalCustomers, int loyalKeyCustomers, int headcount,
                         PoolGateRule gateRule, Integer marginGrowthShareBp) {

    public static final int MAX_SHARE_BP = 10_000;

    /** A plan leaving the pool's rules to their defaults. */
    public AnnualPlan(Money revenue, Money margin, int loyalCustomers, int loyalKeyCustomers, int headcount) {
        this(revenue, margin, loyalCustomers, loyalKeyCustomers, headcount, null, null);
    }

    public AnnualPlan {
        revenue.requireNotNegative("revenueMinor");
        if (!revenue.currency().equals(margin.currency())) {
            throw new RuleViolation("currency", "oneCurrency", "Revenue and margin are in one currency");
        }
        if (margin.minorUnits() > revenue.minorUnits()) {
            throw new RuleViolation("marginMinor", "marginOverRevenue", "The margin cannot exceed the revenue");
        }
        if (loyalCustomers < 0 || loyalKeyCustomers < 0) {
            throw new RuleViolation("loyalCustomers", "countNegative", "Counts of customers cannot be negative");
        }
        if (loyalKeyCustomers > loyalCustomers) {
            throw new RuleViolation("loyalKeyCustomers", "keyWithinLoyal", "Loyal key customers are part of all loyal customers, so at most {0}", loyalCustomers);
        }
        if (headcount < 1) {
            throw new RuleViolation("headcount", "headcountPositive", "At least one employee");
        }
        if (marginGrowthShareBp != null && (marginGrowthShareBp < 0 || marginGrowthShareBp > MAX_SHARE_BP)) {
            throw new RuleViolation("marginGrowthShareBp", "shareRange", "A share from 0 to 10 000 basis points (100 %)");
        }
    }
}
