package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The claims UI is the fake UI the provider posts logout tokens to; the loyalty UI is "down", which must not
 * hold the logout up.
 */
class BackChannelLogoutIT extends RunningProvider {

    private static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Test
    void signingOutAtThePortalSendsEveryUiOfTheSessionAValidLogoutToken() throws Exception {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        JsonNode claimsTokens = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signInAgain();
        int before = CLAIMS_UI.logoutTokens().size();

        Instant started = Instant.now();
        HttpResponse<String> signedOut = browser.submit("/", "/logout", Map.of());

        assertThat(Browser.location(signedOut)).endsWith("/login?logout");
        assertThat(Duration.between(started, Instant.now())).as("an unreachable UI does not hold the logout up")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(Browser.location(browser.get("/"))).as("the provider session is over").endsWith("/login");
        String sid = idTokenClaims(claimsTokens).getStringClaim("sid");
        JWTClaimsSet logout = awaitLogoutToken(before, sid);
        assertThat(logout.getSubject()).isEqualTo(username);
    }

    @Test
    void rpInitiatedLogoutEndsTheOtherUisSessionsToo() throws Exception {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        JsonNode claimsTokens = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        JsonNode loyaltyTokens = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signInAgain();
        int before = CLAIMS_UI.logoutTokens().size();

        HttpResponse<String> signedOut = browser.get(UriComponentsBuilder.fromPath("/connect/logout")
                .queryParam("id_token_hint", loyaltyTokens.get("id_token").asString())
                .queryParam("post_logout_redirect_uri", "http://localhost:8081/")
                .queryParam("state", "s1")
                .toUriString());

        assertThat(Browser.location(signedOut)).isEqualTo("http://localhost:8081/?state=s1");
        awaitLogoutToken(before, idTokenClaims(claimsTokens).getStringClaim("sid"));
    }

    /** Waits for a new logout token for the claims UI and checks it as Spring Security's client would. */
    private JWTClaimsSet awaitLogoutToken(int alreadyReceived, String expectedSid) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> CLAIMS_UI.logoutTokens().size() > alreadyReceived);
        List<String> received = CLAIMS_UI.logoutTokens();
        SignedJWT token = Tokens.verified(received.get(received.size() - 1), jwks());
        JWTClaimsSet claims = Tokens.claims(token);
        assertThat(token.getHeader().getType().toString()).isEqualTo("logout+jwt");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly("claims-ui");
        assertThat(claims.getStringClaim("sid")).isEqualTo(expectedSid);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getJSONObjectClaim("events")).containsOnlyKeys(LOGOUT_EVENT);
        assertThat(claims.getClaim("nonce")).isNull();
        return claims;
    }

    private JWTClaimsSet idTokenClaims(JsonNode tokens) {
        return Tokens.claims(Tokens.verified(tokens.get("id_token").asString(), jwks()));
    }

    private String jwks() {
        return ApiClient.localPort(port).get("/oauth2/jwks").body();
    }
}
