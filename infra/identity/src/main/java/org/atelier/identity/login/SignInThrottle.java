package org.atelier.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.atelier.identity.user.Username;

/**
 * Slows password guessing down wherever a password is checked (the sign-in form, the current password when
 * changing it): failures for one username make its next attempts wait longer and longer ({@link ProgressiveDelay},
 * never a lock-out), and too many failures from one client address block that address for a while. A success
 * clears its username's count but not its address's, or one known password would unlock guessing at every other
 * account.
 *
 * <p>Usernames are counted under their canonical form ({@link Username#canonical}), the one sign-in itself goes
 * by: {@code Ivanov}, {@code ivanov }, {@code \u0001ivanov} and {@code ｉｖａｎｏｖ} are one key.
 */
public class SignInThrottle {

    private final ProgressiveDelay byUsername;
    private final FailedAttempts byClientIp;

    public SignInThrottle(SignInThrottleProperties properties, Clock clock) {
        this.byUsername = new ProgressiveDelay(properties.freeFailuresPerUsername(), properties.firstDelay(),
                properties.maxDelay(), properties.forgetAfter(), clock);
        this.byClientIp = new FailedAttempts(properties.failuresPerClientIp(), properties.window(), clock);
    }

    /** @return how long to wait before trying again, empty when a password may be tried now */
    public Optional<Duration> retryAfter(String username, String clientIp) {
        return Stream.of(byUsername.waitFor(key(username)), byClientIp.blockedFor(clientIp))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public void failed(String username, String clientIp) {
        byUsername.record(key(username));
        byClientIp.record(clientIp);
    }

    public void succeeded(String username) {
        byUsername.forget(key(username));
    }

    static String key(String username) {
        return username == null ? "" : Username.canonical(username);
    }
}
