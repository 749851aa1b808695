package org.atelier.identity.token;

import org.atelier.identity.logout.SessionTracking;
import org.atelier.identity.logout.SignedInClients;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Spring Authorization Server uses a token customizer bean only if it is the only one of its type, so Atelier's
 * claims and the session tracking are combined into one.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(FindingUsers users, TokenProperties tokens, SignedInClients signedInClients) {
        AtelierClaims claims = new AtelierClaims(users, tokens.audience());
        SessionTracking sessionTracking = new SessionTracking(signedInClients);
        // Claims first: a deactivated user's request fails there, before any session is noted.
        return context -> {
            claims.customize(context);
            sessionTracking.customize(context);
        };
    }
}
