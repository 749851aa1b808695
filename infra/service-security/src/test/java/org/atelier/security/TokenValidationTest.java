package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenValidationTest {

    private static final SecurityProperties SERVICE = new SecurityProperties("https://id.example", null, "atelier-api",
            "loyalty-ui", null, "secret", 262144);

    @ParameterizedTest(name = "typ {0} → accepted {1}")
    @CsvSource({
            "at+jwt, true",
            "application/at+jwt, true",
            "JWT, true",
            "'', true",
            "logout+jwt, false",
            "id_token+jwt, false"})
    void anAccessTokenOfTheJwtProfileOrAPlainJwtIsAcceptedAnyOtherTypeIsNot(String type, boolean accepted) {
        Jwt.Builder token = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .issuer("https://id.example")
                .audience(List.of("atelier-api"))
                .subject("atelier-machine")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
        if (!type.isEmpty()) {
            token.header("typ", type);
        }

        assertThat(TokenValidation.validator(SERVICE).validate(token.build()).hasErrors()).isEqualTo(!accepted);
    }

    @ParameterizedTest(name = "expired {0} s ago → accepted {1}")
    @CsvSource({
            "-60, true",
            "0, true",
            "29, true",
            "31, false",
            "59, false"})
    void anExpiredTokenIsHonouredForAtMostThirtySecondsOfClockSkew(long secondsSinceExpiry, boolean accepted) {
        Instant expiry = Instant.now().minusSeconds(secondsSinceExpiry);
        Jwt token = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .header("typ", "at+jwt")
                .issuer("https://id.example")
                .audience(List.of("atelier-api"))
                .subject("atelier-machine")
                .issuedAt(expiry.minusSeconds(600))
                .expiresAt(expiry)
                .build();

        assertThat(TokenValidation.validator(SERVICE).validate(token).hasErrors()).isEqualTo(!accepted);
    }
}
