package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The year-end reviews' progress and leases kept in a map, for use-case tests. */
public class InMemoryLoyaltyReviews implements LoyaltyReviews {

    private record Held(LoyaltyReview progress, String runner, Instant leaseUntil) {
    }

    private final Map<Integer, Held> years = new HashMap<>();

    @Override
    public synchronized Optional<LoyaltyReview> find(int year) {
        return Optional.ofNullable(years.get(year)).map(Held::progress);
    }

    @Override
    public synchronized Optional<LoyaltyReview> claim(int year, String runner, Instant now, Instant leaseUntil) {
        Held held = years.getOrDefault(year, new Held(LoyaltyReview.starting(year), null, Instant.EPOCH));
        boolean free = held.leaseUntil().isBefore(now) || runner.equals(held.runner());
        if (held.progress().finished() || !free) {
            return Optional.empty();
        }
        years.put(year, new Held(held.progress(), runner, leaseUntil));
        return Optional.of(held.progress());
    }

    @Override
    public synchronized boolean record(LoyaltyReview progress, String runner, Instant leaseUntil) {
        Held held = years.get(progress.year());
        if (held == null || !runner.equals(held.runner())) {
            return false;
        }
        years.put(progress.year(), new Held(progress, runner, leaseUntil));
        return true;
    }
}
