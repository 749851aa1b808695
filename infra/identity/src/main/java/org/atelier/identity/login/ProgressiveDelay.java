package org.atelier.identity.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failures per key (a username) that make each further attempt wait longer, instead of locking the key: the
 * first {@code freeFailures} cost nothing, then every failure doubles the wait after it, from {@code firstDelay} up
 * to {@code maxDelay}. So a guesser gets at most one guess per {@code maxDelay} at a name, while the person
 * whose name it is waits at most {@code maxDelay} after the guesser's last attempt, never a fixed lock-out.
 *
 * <p>A key is forgotten {@code forgetAfter} after its last failure; keys are bounded in number, so made-up
 * usernames cannot fill the memory.
 */
public class ProgressiveDelay {

    private static final long MAX_KEYS = 100_000;
    /** Past this many doublings the wait is at its maximum anyway; avoids overflowing the arithmetic. */
    private static final int MAX_DOUBLINGS = 30;

    private record Failures(int count, Instant last) {
    }

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    public ProgressiveDelay(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures must not be negative, and the first delay at most the maximum");
        }
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(forgetAfter).build();
    }

    public void record(String key) {
        Instant now = clock.instant();
        failures.asMap().merge(key, new Failures(1, now),
                (earlier, first) -> isForgotten(earlier, now) ? first : new Failures(earlier.count() + 1, now));
    }

    /** @return how long the key still has to wait, empty when it may try now */
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        Failures recorded = failures.getIfPresent(key);
        if (recorded == null || isForgotten(recorded, now) || recorded.count() <= freeFailures) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(now, recorded.last().plus(delayAfter(recorded.count())));
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    public void forget(String key) {
        failures.invalidate(key);
    }

    /** The cache's own expiry bounds the memory; this, on the given clock, is what the rule says. */
    private boolean isForgotten(Failures failures, Instant now) {
        return !now.isBefore(failures.last().plus(forgetAfter));
    }

    /** The wait after the given number of failures, once past the free ones. */
    Duration delayAfter(int count) {
        int doublings = Math.min(count - freeFailures - 1, MAX_DOUBLINGS);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
