package org.atelier.identity.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param audience               the {@code aud} every access token carries, which the service APIs check
 * @param accessTokenTimeToLive  short, because a deactivated user's access token stays valid until it expires
 * @param refreshTokenTimeToLive how long a UI can renew access tokens without sending the user to sign in again
 * @param refreshTokenAbsoluteLifetime how long after signing in to a UI its refresh tokens stop, however often
 *                               they were rotated; 12 hours if not set
 */
@ConfigurationProperties("atelier.identity.tokens")
public record TokenProperties(String audience, Duration accessTokenTimeToLive, Duration refreshTokenTimeToLive,
                              Duration refreshTokenAbsoluteLifetime) {

    public TokenProperties {
        if (refreshTokenAbsoluteLifetime == null) {
            refreshTokenAbsoluteLifetime = Duration.ofHours(12);
        }
    }
}
