package org.atelier.reporting.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.reporting.freshness.application.CachedLag;
import org.junit.jupiter.api.Test;

class CachedLagTest {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");
    private final AtomicInteger asked = new AtomicInteger();
    private final ConsumerLag broker = () -> Map.of("t", Map.of("g", (long) asked.incrementAndGet()));
    private final CachedLag cached = new CachedLag(broker, Duration.ofSeconds(2), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theBrokerIsAskedOnceInTwoSecondsHoweverManyReportsAreRead() {
        for (int i = 0; i < 100; i++) {
            assertThat(cached.byTopicAndGroup().get("t").get("g")).isEqualTo(1L);
        }
        now = now.plusMillis(1_999);
        assertThat(cached.byTopicAndGroup().get("t").get("g")).as("still fresh just before 2 s").isEqualTo(1L);
        now = now.plusMillis(1);
        assertThat(cached.byTopicAndGroup().get("t").get("g")).as("asked again at 2 s").isEqualTo(2L);
        assertThat(asked.get()).isEqualTo(2);
    }
}
