package org.atelier.identity.secondfactor.web;

import java.time.Duration;
import java.util.Optional;
import org.atelier.identity.login.SignInThrottle;

/**
 * Wrong codes, counted per person and per client address as wrong passwords are (progressive delays per person,
 * a limit per address), but on a count of their own: the password step's success must not clear the code
 * step's failures, or knowing the password would buy fresh guesses at the code.
 */
public class CodeGuesses {

    private final SignInThrottle throttle;

    public CodeGuesses(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** @return the wait in whole seconds, empty when a code may be tried now */
    public Optional<Long> secondsToWait(String username, String clientIp) {
        return throttle.retryAfter(username, clientIp).map(CodeGuesses::seconds);
    }

    public void failed(String username, String clientIp) {
        throttle.failed(username, clientIp);
    }

    public void succeeded(String username) {
        throttle.succeeded(username);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
