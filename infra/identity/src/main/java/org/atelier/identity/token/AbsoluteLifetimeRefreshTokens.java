package org.atelier.identity.token;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Refresh tokens as Spring Authorization Server makes them, but never valid past a fixed time after the person
 * signed in to the UI: each rotation would otherwise give the new token the full time to live again, and a UI
 * (or whoever copied its token) could stay signed in for ever. The start is when the authorization code was
 * issued, which every rotation of the authorization keeps.
 */
public class AbsoluteLifetimeRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {

    private final OAuth2TokenGenerator<OAuth2RefreshToken> delegate;
    private final Duration absoluteLifetime;

    public AbsoluteLifetimeRefreshTokens(OAuth2TokenGenerator<OAuth2RefreshToken> delegate, Duration absoluteLifetime) {
        this.delegate = delegate;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
        OAuth2RefreshToken token = delegate.generate(context);
        Instant signedIn = signedInAt(context.getAuthorization());
        if (token == null || signedIn == null) {
            return token;
        }
        Instant latest = signedIn.plus(absoluteLifetime);
        if (token.getExpiresAt() == null || token.getExpiresAt().isBefore(latest)) {
            return token;
        }
        return new OAuth2RefreshToken(token.getTokenValue(), token.getIssuedAt(), latest);
    }

    private static Instant signedInAt(OAuth2Authorization authorization) {
        if (authorization == null) {
            return null;
        }
        OAuth2Authorization.Token<OAuth2AuthorizationCode> code = authorization.getToken(OAuth2AuthorizationCode.class);
        return code == null ? null : code.getToken().getIssuedAt();
    }
}
