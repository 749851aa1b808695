package org.atelier.identity.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param temporaryLifetime how long a password an admin set (at creation or by a reset) signs the user in; within
 *                          it the user must replace it before anything else, after it an admin must reset it again
 */
@ConfigurationProperties("atelier.identity.passwords")
public record PasswordProperties(Duration temporaryLifetime) {
}
