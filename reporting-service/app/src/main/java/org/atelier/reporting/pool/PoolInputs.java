package org.atelier.reporting.pool;

import java.util.Optional;

/** What the annual pool of any year is computed from; the read models behind it, or a what-if on top of them. */
public interface PoolInputs {

    Optional<AnnualFigures> plan(int year);

    Optional<AnnualFigures> results(int year);

    /** Loyal customers and loyal key customers on 31 December of the year. */
    LoyalCounts loyalAtYearEnd(int year);

    /** The POOL_TRANSFER amounts of the claims decided under the year's policy, minor units. */
    long claimTransfers(int year);

    PoolRules rules(int year);

    /** The first year anything is known of, from which the carried amounts are followed; empty when nothing is. */
    Optional<Integer> firstYear();

    /**
     * The last year that has figures or claim transfers: after it no year pays out or receives anything, so the amount
     * carried stays as it is. Empty when it is not known (every year up to the one asked for is then followed).
     */
    default Optional<Integer> lastYear() {
        return Optional.empty();
    }
}
