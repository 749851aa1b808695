package org.atelier.security;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How an API checks a bearer token: its type ({@code at+jwt} or {@code JWT}), RS256 signature against the provider's published keys (so {@code alg=none}
 * and tampered tokens fail), the issuer, the audience, and expiry and not-before with {@link #CLOCK_SKEW} of clock skew.
 * The keys are fetched on first use, so a service starts even while the provider is still starting.
 */
public final class TokenValidation {

    /**
     * How long past its expiry (or before its not-before) a token is still honoured, for clocks that disagree a
     * little. Spring's default is a minute; the provider and the services run on NTP-synchronised hosts, so 30 s is
     * plenty, and a token lives at most its 10 minutes plus these 30 s.
     */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private TokenValidation() {
    }

    /** Public so that the identity provider's tests can check that a service accepts what it issues. */
    public static JwtDecoder decoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.providerUri() + "/oauth2/jwks")
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(CLOCK_SKEW),
                        new JwtIssuerValidator(properties.issuer()), accessTokenTypes()), audience);
    }

    /**
     * RFC 9068 access tokens say {@code typ: at+jwt}; Spring's default accepts {@code JWT} only. Tokens issued
     * before the provider moved to the profile say {@code JWT}, and other issuers often say nothing, so those pass
     * too. Any other type (an ID or logout token, signed by the same key) is refused.
     */
    static JwtTypeValidator accessTokenTypes() {
        JwtTypeValidator types = new JwtTypeValidator("at+jwt", "application/at+jwt", "JWT");
        types.setAllowEmpty(true);
        return types;
    }
}
