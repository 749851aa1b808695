package org.atelier.identity.logout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Logout tokens as OpenID Connect Back-Channel Logout 1.0 defines them, signed with the same key as ID tokens
 * so that a client verifies them against the JWKS it already uses.
 */
public class LogoutTokens {

    public static final String BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** A logout token is delivered at once; a short life keeps an intercepted one from being replayed later. */
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(2);

    private final JwtEncoder encoder;
    private final String issuer;
    private final Clock clock;

    public LogoutTokens(JwtEncoder encoder, String issuer, Clock clock) {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("Logout tokens need the configured issuer");
        }
        this.encoder = encoder;
        this.issuer = issuer;
        this.clock = clock;
    }

    public String create(String clientId, String sid, String subject) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(clientId))
                .issuedAt(now)
                .expiresAt(now.plus(TIME_TO_LIVE))
                .id(UUID.randomUUID().toString())
                .subject(subject)
                .claim("sid", sid)
                .claim("events", Map.of(BACK_CHANNEL_LOGOUT_EVENT, Map.of()))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
