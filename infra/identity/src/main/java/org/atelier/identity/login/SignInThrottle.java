package org.atelier.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows password guessing down: too many failed sign-ins for one username, or from one client address, block
 * further attempts for a while. A successful sign-in clears its username's count but not its address's, or one
 * known password would unlock guessing at every other account.
 */
public class SignInThrottle {

    private final FailedAttempts byUsername;
    private final FailedAttempts byClientIp;

    public SignInThrottle(SignInThrottleProperties properties, Clock clock) {
        this.byUsername = new FailedAttempts(properties.failuresPerUsername(), properties.window(), clock);
        this.byClientIp = new FailedAttempts(properties.failuresPerClientIp(), properties.window(), clock);
    }

    /** @return how long to wait before trying again, empty when a sign-in may be tried now */
    public Optional<Duration> retryAfter(String username, String clientIp) {
        return Stream.of(byUsername.blockedFor(key(username)), byClientIp.blockedFor(clientIp))
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

    /** The same person, however they capitalise their username. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
