package org.atelier.loyalty.plan;

import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

/**
 * What the year brought. Loyal-customer counts are not entered: they come from the customers themselves.
 *
 * @param margin may be negative: a loss-making year is a fact too
 */
public record AnnualResults(Money revenue, Money margin, int headcount) {

    public AnnualResults {
        revenue.requireNotNegative("revenueMinor");
        if (!revenue.currency().equals(margin.currency())) {
            throw new RuleViolation("currency", "oneCurrency", "Revenue and margin are in one currency");
        }
        if (headcount < 1) {
            throw new RuleViolation("headcount", "headcountPositive", "At least one employee");
        }
    }
}
