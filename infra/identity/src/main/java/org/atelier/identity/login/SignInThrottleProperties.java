package org.atelier.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param failuresPerUsername failures within the window after which a username is blocked
 * @param failuresPerClientIp failures within the window after which a client address is blocked; higher than
 *                            per username because a whole office may share one address
 * @param window              the sliding window failures are counted over
 */
@ConfigurationProperties("atelier.identity.sign-in-throttle")
public record SignInThrottleProperties(int failuresPerUsername, int failuresPerClientIp, Duration window) {
}
