package org.atelier.identity.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.testsupport.TestIdentityProvider;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Access tokens signed with the provider's own key, shaped as it issues them (RFC 9068), with one thing changed:
 * what a careless or hostile caller presents to the admin API when the provider's signature alone must not suffice.
 */
final class ProviderSignedTokens {

    private final JwtEncoder encoder;

    ProviderSignedTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    /** A person's token claiming the given roles, whatever the user store says about them. */
    String person(String username, String... roles) {
        return sign("at+jwt", claims(username, RunningProvider.ISSUER, "atelier-api", Instant.now(), null)
                .claim("roles", List.of(roles)).claim("department", "it").claim("scope", "openid profile").build());
    }

    String machine(String clientId, String scope) {
        return sign("at+jwt", claims(clientId, RunningProvider.ISSUER, "atelier-api", Instant.now(), null)
                .claim("roles", List.of("SYSTEM")).claim("client_id", clientId).claim("scope", scope).build());
    }

    /** Every kind of token the admin API refuses with 401, each otherwise an active admin's. */
    Map<String, String> toRefuse(String adminUsername) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("expired", sign("at+jwt", claims(adminUsername, RunningProvider.ISSUER, "atelier-api",
                Instant.now().minus(Duration.ofHours(2)), null).claim("roles", List.of("ADMIN")).build()));
        tokens.put("not yet valid", sign("at+jwt", claims(adminUsername, RunningProvider.ISSUER, "atelier-api", Instant.now(),
                Instant.now().plus(Duration.ofHours(1))).claim("roles", List.of("ADMIN")).build()));
        tokens.put("another issuer", sign("at+jwt", claims(adminUsername, "https://impostor.example", "atelier-api", Instant.now(), null)
                .claim("roles", List.of("ADMIN")).build()));
        tokens.put("another audience", sign("at+jwt", claims(adminUsername, RunningProvider.ISSUER, "another-api", Instant.now(), null)
                .claim("roles", List.of("ADMIN")).build()));
        tokens.put("not an access token (logout token type)", sign("logout+jwt", claims(adminUsername, RunningProvider.ISSUER,
                "atelier-api", Instant.now(), null).claim("roles", List.of("ADMIN")).build()));
        String valid = person(adminUsername, "ADMIN");
        String[] parts = valid.split("\\.");
        parts[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + adminUsername + "\",\"iss\":\""
                + RunningProvider.ISSUER + "\",\"aud\":[\"atelier-api\"],\"roles\":[\"ADMIN\"],\"exp\":4102444800}").getBytes());
        tokens.put("tampered after signing", String.join(".", parts));
        tokens.put("signed by an unknown key", TestIdentityProvider.user("it", "ADMIN").subject(adminUsername).issuer(RunningProvider.ISSUER)
                .signed());
        tokens.put("alg none", TestIdentityProvider.user("it", "ADMIN").subject(adminUsername).issuer(RunningProvider.ISSUER).unsigned());
        tokens.put("not a JWT", "not-a-jwt");
        return tokens;
    }

    private static JwtClaimsSet.Builder claims(String subject, String issuer, String audience, Instant issuedAt, Instant notBefore) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuer(issuer)
                .audience(List.of(audience))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(Duration.ofMinutes(10)))
                .id(UUID.randomUUID().toString());
        if (notBefore != null) {
            claims.notBefore(notBefore);
        }
        return claims;
    }

    private String sign(String type, JwtClaimsSet claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).type(type).build(), claims)).getTokenValue();
    }
}
