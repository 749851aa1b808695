package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.test.context.TestPropertySource;

/** A provider whose refresh tokens end 8 seconds after the sign-in, so that a test can see them end. */
@TestPropertySource(properties = "atelier.identity.tokens.refresh-token-absolute-lifetime=8s")
class RefreshTokenLifetimeIT extends RunningProvider {

    private static final Duration ABSOLUTE_LIFETIME = Duration.ofSeconds(8);

    @Autowired
    OAuth2AuthorizationService authorizations;

    @Test
    void noRotationMovesTheRefreshTokenPastItsAbsoluteLifetime() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        String first = new AuthorizationCodeFlow(browser(), "claims-ui", "http://localhost:8083").signIn(username, PASSWORD)
                .get("refresh_token").asString();
        var rotated = RefreshTokensIT.refresh(baseUrl(), first);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = rotated.body().replaceAll(".*\"refresh_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        OAuth2Authorization authorization = authorizations.findByToken(second, OAuth2TokenType.REFRESH_TOKEN);
        Instant signedIn = authorization.getToken(OAuth2AuthorizationCode.class).getToken().getIssuedAt();
        Instant expiresAt = authorization.getRefreshToken().getToken().getExpiresAt();
        assertThat(expiresAt).as("a rotation at once gets the full 8 h without the absolute lifetime")
                .isBeforeOrEqualTo(signedIn.plus(ABSOLUTE_LIFETIME));

        await().atMost(ABSOLUTE_LIFETIME.plusSeconds(5)).until(() -> Instant.now().isAfter(expiresAt));
        var late = RefreshTokensIT.refresh(baseUrl(), second);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("invalid_grant");
    }
}
