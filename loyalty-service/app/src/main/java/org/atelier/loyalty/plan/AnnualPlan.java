package org.atelier.loyalty.plan;

import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.Money;

/**
 * The plan of a year.
 *
 * @param loyalCustomers    planned number of loyal customers at the end of the year
 * @param loyalKeyCustomers of them key customers, which count first
 * @param headcount         employees the annual bonus pool is shared by
 */
public record AnnualPlan(Money revenue, Money margin, int loyalCustomers, int loyalKeyCustomers, int headcount) {

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
    }
}
