package org.atelier.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param freeFailuresPerUsername failures of one username that cost nothing; each further one makes the next
 *                                attempt wait, twice as long each time
 * @param firstDelay              the wait after the first failure past the free ones
 * @param maxDelay                the longest wait a username is ever given: never a lock-out
 * @param forgetAfter             how long after its last failure a username starts afresh
 * @param failuresPerClientIp     failures within the window after which a client address is blocked; higher than
 *                                per username because a whole office may share one address
 * @param window                  the sliding window the failures of an address are counted over
 */
@ConfigurationProperties("atelier.identity.sign-in-throttle")
public record SignInThrottleProperties(int freeFailuresPerUsername, Duration firstDelay, Duration maxDelay,
                                       Duration forgetAfter, int failuresPerClientIp, Duration window) {
}
