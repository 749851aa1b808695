package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.atelier.identity.IdentityApplication;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingOwnPassword;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Refresh tokens are rotated, die with the sign-out of their session and with a new password, and live in the database. */
class RefreshTokensIT extends RunningProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CLAIMS_UI_URL = "http://localhost:8083";

    @Autowired
    ChangingOwnPassword changingOwnPassword;

    @Test
    void replayingARotatedRefreshTokenRevokesTheNewerOneToo() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        String first = new AuthorizationCodeFlow(browser(), "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD)
                .get("refresh_token").asString();
        String second = refreshed(baseUrl(), first);

        assertThat(refresh(baseUrl(), first).statusCode()).as("the rotated-out token").isEqualTo(400);
        HttpResponse<String> newer = refresh(baseUrl(), second);
        assertThat(newer.statusCode()).as("the newer token, after its predecessor was replayed").isEqualTo(400);
        assertThat(newer.body()).contains("invalid_grant");
    }

    @Test
    void signingOutAtTheProviderRevokesThatSessionsRefreshTokensOnly() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        String claims = new AuthorizationCodeFlow(browser, "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD)
                .get("refresh_token").asString();
        String loyalty = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signInAgain()
                .get("refresh_token").asString();
        String otherBrowser = new AuthorizationCodeFlow(browser(), "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD)
                .get("refresh_token").asString();

        browser.submit("/", "/logout", Map.of());

        assertThat(refresh(baseUrl(), claims).statusCode()).isEqualTo(400);
        assertThat(refresh(baseUrl(), "loyalty-ui", loyalty).statusCode()).isEqualTo(400);
        assertThat(refresh(baseUrl(), otherBrowser).statusCode()).as("another browser's session goes on").isEqualTo(200);
    }

    @Test
    void signingOutAtAUiRevokesTheRefreshTokensOfItsProviderSession() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        JsonNode claims = new AuthorizationCodeFlow(browser, "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD);
        String loyalty = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signInAgain()
                .get("refresh_token").asString();

        // What the claims UI's sign-out does: RP-initiated logout with its ID token.
        browser.get(UriComponentsBuilder.fromPath("/connect/logout")
                .queryParam("id_token_hint", claims.get("id_token").asString())
                .queryParam("post_logout_redirect_uri", CLAIMS_UI_URL + "/")
                .toUriString());

        assertThat(refresh(baseUrl(), claims.get("refresh_token").asString()).statusCode()).isEqualTo(400);
        assertThat(refresh(baseUrl(), "loyalty-ui", loyalty).statusCode()).isEqualTo(400);
    }

    @Test
    void aNewPasswordRevokesThePersonsRefreshTokensInEverySession() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        String inOneBrowser = new AuthorizationCodeFlow(browser(), "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD)
                .get("refresh_token").asString();
        String inAnother = new AuthorizationCodeFlow(browser(), "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD)
                .get("refresh_token").asString();

        changingOwnPassword.change(Username.of(username), new ChangingOwnPassword.Command(PASSWORD,
                "a different horse staple", "a different horse staple"));

        assertThat(refresh(baseUrl(), inOneBrowser).statusCode()).isEqualTo(400);
        assertThat(refresh(baseUrl(), "loyalty-ui", inAnother).statusCode()).isEqualTo(400);
    }

    @Test
    void anotherProviderInstanceOnTheSameDatabaseHonoursTheRefreshTokenAndItsRotation() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        String first = new AuthorizationCodeFlow(browser(), "claims-ui", CLAIMS_UI_URL).signIn(username, PASSWORD)
                .get("refresh_token").asString();

        try (ConfigurableApplicationContext other = secondInstance()) {
            String otherUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) other).getWebServer().getPort();
            String second = refreshed(otherUrl, first);

            assertThat(refresh(baseUrl(), first).statusCode()).as("rotated at the other instance").isEqualTo(400);
            assertThat(refresh(otherUrl, second).statusCode()).as("the family is revoked everywhere").isEqualTo(400);
        }
    }

    /** The same application, on the same database, as a restarted or second instance of the provider would be. */
    private static ConfigurableApplicationContext secondInstance() {
        // As command-line arguments, which outrank application.yml as the test's own properties do.
        return new SpringApplicationBuilder(IdentityApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.database=identity_it",
                "--spring.security.oauth2.authorizationserver.issuer=" + ISSUER,
                "--atelier.identity.demo-users-file=target/identity-it/demo-users.txt",
                "--" + WITHOUT_SERVICE_SECURITY);
    }

    private static String refreshed(String baseUrl, String refreshToken) {
        HttpResponse<String> response = refresh(baseUrl, refreshToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String next = JSON.readTree(response.body()).get("refresh_token").asString();
        assertThat(next).as("rotated").isNotEqualTo(refreshToken);
        return next;
    }

    /** The claims UI's refresh. */
    static HttpResponse<String> refresh(String baseUrl, String refreshToken) {
        return refresh(baseUrl, "claims-ui", refreshToken);
    }

    static HttpResponse<String> refresh(String baseUrl, String clientId, String refreshToken) {
        return TokenEndpoint.post(baseUrl, clientId, AuthorizationCodeFlow.UI_SECRET,
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }
}
