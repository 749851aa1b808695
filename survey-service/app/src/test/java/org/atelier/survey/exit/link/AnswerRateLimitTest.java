package org.atelier.survey.exit.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnswerRateLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T10:00:00Z"));
    private final Clock clock = new Clock() {
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
            return now.get();
        }
    };
    private final AnswerRateLimit limit = new AnswerRateLimit(3, Duration.ofMinutes(1), clock);

    @Test
    void theRequestPastTheLimitIsRefusedWithTheSecondsLeftInTheWindow() {
        assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();
        now.set(now.get().plusSeconds(20));
        assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();
        assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();

        AnswerRateLimit.Decision fourth = limit.tryAcquire("10.0.0.1");

        assertThat(fourth.allowed()).isFalse();
        // the window opened at 10:00:00 and ends at 10:01:00; it is 10:00:20
        assertThat(fourth.retryAfterSeconds()).isEqualTo(40);
    }

    @Test
    void eachClientHasItsOwnWindow() {
        for (int i = 0; i < 3; i++) {
            limit.tryAcquire("10.0.0.1");
        }
        assertThat(limit.tryAcquire("10.0.0.1").allowed()).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2").allowed()).isTrue();
    }

    @Test
    void aNewWindowAllowsTheClientAgain() {
        for (int i = 0; i < 4; i++) {
            limit.tryAcquire("10.0.0.1");
        }
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertThat(limit.tryAcquire("10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aLimitThatAllowsNothingOrAnEmptyWindowIsRefused() {
        assertThatThrownBy(() -> new AnswerRateLimit(0, Duration.ofMinutes(1), clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerRateLimit(1, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
