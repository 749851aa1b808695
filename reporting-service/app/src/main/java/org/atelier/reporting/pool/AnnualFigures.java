package org.atelier.reporting.pool;

import java.time.Instant;
import java.util.Objects;

/**
 * Finance's plan or results of one year, as loyalty-service published them; a revision replaces the figures it
 * revises (the later {@code at} wins).
 *
 * @param loyalCustomers      the plan's loyal customers; null for results, whose loyal counts follow from the customers' events
 * @param loyalKeyCustomers   likewise for key customers
 * @param headcount           employees the pool is shared by (the results' figure is the one that counts)
 * @param gateRule            the plan's gate rule for the pool; null for results, and for a plan that leaves it to the default
 * @param marginGrowthShareBp the plan's share of the margin's growth; null likewise
 */
public record AnnualFigures(int year, String currency, long revenueMinor, long marginMinor, Integer loyalCustomers,
                            Integer loyalKeyCustomers, int headcount, Instant at, GateRule gateRule, Integer marginGrowthShareBp) {

    public AnnualFigures {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
    }

    /** Figures that say nothing of the pool's rules: results, or a plan leaving them to the defaults. */
    public AnnualFigures(int year, String currency, long revenueMinor, long marginMinor, Integer loyalCustomers,
                         Integer loyalKeyCustomers, int headcount, Instant at) {
        this(year, currency, revenueMinor, marginMinor, loyalCustomers, loyalKeyCustomers, headcount, at, null, null);
    }
}
