package org.atelier.identity.token;

import org.atelier.identity.logout.SessionTracking;
import org.atelier.identity.logout.SignedInClients;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Spring Authorization Server uses a token customizer bean only if it is the only one of its type, so Atelier's
 * claims, the second-factor rule, the sign-in level and the session tracking are combined into one. The token generator is Spring Authorization Server's
 * own set (JWTs with that customizer, reference access tokens, refresh tokens), with the refresh tokens held to
 * their absolute lifetime.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(FindingUsers users, TokenProperties tokens, SignedInClients signedInClients,
                                                              SecondFactorRule secondFactorRule) {
        AtelierClaims claims = new AtelierClaims(users, tokens.audience());
        SecondFactorForTokens secondFactor = new SecondFactorForTokens(secondFactorRule, users);
        SignInLevelClaims signInLevel = new SignInLevelClaims();
        SessionTracking sessionTracking = new SessionTracking(signedInClients);
        // Claims first: a deactivated user's request fails there, or one owing a second factor next, before any
        // session is noted.
        return context -> {
            claims.customize(context);
            secondFactor.customize(context);
            signInLevel.customize(context);
            sessionTracking.customize(context);
        };
    }

    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder encoder, OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer,
                                                     TokenProperties tokens) {
        JwtGenerator jwts = new JwtGenerator(encoder);
        jwts.setJwtCustomizer(tokenCustomizer);
        return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(),
                new AbsoluteLifetimeRefreshTokens(new OAuth2RefreshTokenGenerator(), tokens.refreshTokenAbsoluteLifetime()));
    }
}
