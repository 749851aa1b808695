package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the year-end reviews keep their progress, one record per year, and the lease that lets only one runner
 * (of all the service's instances) review a year at a time.
 */
public interface LoyaltyReviews {

    Optional<LoyaltyReview> find(int year);

    /**
     * Takes the year's review for the runner until {@code leaseUntil}, starting it when there is none yet.
     *
     * @return its progress so far; empty when the year is finished, or another runner holds a lease that has not
     *         run out at {@code now}
     */
    Optional<LoyaltyReview> claim(int year, String runner, Instant now, Instant leaseUntil);

    /**
     * Records the runner's progress and extends its lease.
     *
     * @return false when the runner no longer holds the review: its lease ran out and another runner took it
     */
    boolean record(LoyaltyReview progress, String runner, Instant leaseUntil);
}
