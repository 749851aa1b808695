package org.atelier.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.atelier.identity.TestClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final TestClock clock = TestClock.atSomeMorning();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleProperties(5, 20, WINDOW), clock);

    @Test
    void fiveFailuresForOneUsernameBlockItUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.retryAfter("ivanov", "10.0.0." + i)).isEmpty();
            throttle.failed("ivanov", "10.0.0." + i);
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(throttle.retryAfter("IVANOV ", "10.0.0.99")).contains(Duration.ofSeconds(150));
        assertThat(throttle.retryAfter("petrov", "10.0.0.99")).as("other usernames are not affected").isEmpty();

        clock.advance(Duration.ofSeconds(150));
        assertThat(throttle.retryAfter("ivanov", "10.0.0.99")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ivanov", "10.0.0.1");
        }
        clock.advance(WINDOW);
        throttle.failed("ivanov", "10.0.0.1");

        assertThat(throttle.retryAfter("ivanov", "10.0.0.1")).isEmpty();
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
