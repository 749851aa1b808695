package org.atelier.reporting.freshness.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.atelier.reporting.freshness.ConsumerLag;

/**
 * The lag as last asked of the broker, for a couple of seconds: every report response carries it, and asking the broker
 * takes a few round trips. One caller asks when it is stale; the others meanwhile get the previous answer.
 */
public class CachedLag implements ConsumerLag {

    private final ConsumerLag broker;
    private final Duration keepFor;
    private final Clock clock;
    private final Object asking = new Object();
    private volatile Map<String, Map<String, Long>> last;
    private volatile Instant askedAt = Instant.MIN;

    public CachedLag(ConsumerLag broker, Duration keepFor, Clock clock) {
        this.broker = broker;
        this.keepFor = keepFor;
        this.clock = clock;
    }

    @Override
    public Map<String, Map<String, Long>> byTopicAndGroup() {
        if (fresh()) {
            return last;
        }
        synchronized (asking) {
            if (!fresh()) {
                last = broker.byTopicAndGroup();
                askedAt = clock.instant();
            }
            return last;
        }
    }

    private boolean fresh() {
        return last != null && clock.instant().isBefore(askedAt.plus(keepFor));
    }
}
