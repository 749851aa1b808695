package org.atelier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.atelier.identity.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private final TestClock clock = TestClock.atSomeMorning();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottleProperties(4, FIRST_DELAY, MAX_DELAY, Duration.ofMinutes(15), 20, WINDOW), clock);

    @Test
    void fourFailuresAreFreeThenEachFailureDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ivanov", "10.0.0." + i);
            assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).isEmpty();
        }

        throttle.failed("ivanov", "10.0.0.5");
        assertThat(throttle.retryAfter("IVANOV ", "10.0.0.99")).contains(Duration.ofSeconds(5));
        assertThat(throttle.retryAfter("petrov", "10.0.0.99")).as("other usernames are not affected").isEmpty();

        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).isEmpty();
        throttle.failed("ivanov", "10.0.0.6");
        assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).contains(Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        throttle.failed("ivanov", "10.0.0.7");
        assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).contains(Duration.ofSeconds(20));
    }

    @Test
    void aUsernameIsNeverLockedLongerThanTheMaximumDelay() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("admin", "10.0." + i / 100 + "." + i % 100);
        }

        assertThat(throttle.retryAfter("admin", "10.0.9.9")).contains(MAX_DELAY);
        clock.advance(MAX_DELAY);
        assertThat(throttle.retryAfter("admin", "10.0.9.9")).as("the owner may try again a minute after the last guess").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001ivanov", "ivanov\u001b", "\u0005IVANOV\u0003", " Ivanov\t", "ｉｖａｎｏｖ", "\u00a0ivanov"})
    void everySpellingThatSignsInAsOnePersonCountsAgainstThem(String variant) {
        for (int i = 0; i < 5; i++) {
            throttle.failed(variant, "10.0.0." + i);
        }

        assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).isPresent();
    }

    @Test
    void aUsernameIsForgottenAWhileAfterItsLastFailure() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ivanov", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("ivanov", "10.0.0.1");

        assertThat(throttle.retryAfter("ivanov", "10.0.0.2")).isEmpty();
    }

    @Test
    void oneAddressTryingManyUsernamesIsBlockedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThat(throttle.retryAfter("someone-else", "10.0.0.1")).contains(WINDOW);
        assertThat(throttle.retryAfter("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ivanov", "10.0.0.1");
        }
        throttle.succeeded("Ivanov");
        throttle.failed("ivanov", "10.0.0.1");
        assertThat(throttle.retryAfter("ivanov", "10.0.0.2")).isEmpty();

        for (int i = 0; i < 15; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        throttle.succeeded("user0");
        assertThat(throttle.retryAfter("user0", "10.0.0.1")).isPresent();
    }
}
