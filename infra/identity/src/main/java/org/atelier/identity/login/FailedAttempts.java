package org.atelier.identity.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins per key (a username, a client address) over a sliding window: after {@code limit} failures
 * within {@code window} the key is blocked until the oldest of them leaves the window.
 *
 * <p>Only the last {@code limit} failures of a key matter, so no more are kept; keys are bounded in number and
 * expire a window after their last failure, so made-up usernames cannot fill the memory.
 */
public class FailedAttempts {

    private static final long MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> failures;

    public FailedAttempts(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(window).build();
    }

    public void record(String key) {
        Instant now = clock.instant();
        failures.asMap().compute(key, (k, earlier) -> {
            List<Instant> recent = new ArrayList<>(withinWindow(earlier, now));
            recent.add(now);
            return List.copyOf(recent.subList(Math.max(0, recent.size() - limit), recent.size()));
        });
    }

    /** @return how long the key stays blocked, empty when it may try now */
    public Optional<Duration> blockedFor(String key) {
        Instant now = clock.instant();
        List<Instant> recent = withinWindow(failures.getIfPresent(key), now);
        if (recent.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.get(recent.size() - limit).plus(window)));
    }

    public void forget(String key) {
        failures.invalidate(key);
    }

    private List<Instant> withinWindow(List<Instant> failures, Instant now) {
        if (failures == null) {
            return List.of();
        }
        Instant start = now.minus(window);
        return failures.stream().filter(failure -> failure.isAfter(start)).toList();
    }
}
