package org.atelier.identity.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param audience               the {@code aud} every access token carries, which the service APIs check
 * @param accessTokenTimeToLive  short, because a deactivated user's access token stays valid until it expires
 * @param refreshTokenTimeToLive how long a UI can renew access tokens without sending the user to sign in again
 */
@ConfigurationProperties("atelier.identity.tokens")
public record TokenProperties(String audience, Duration accessTokenTimeToLive, Duration refreshTokenTimeToLive) {
}
