package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Passwords at the provider: what is accepted, temporary ones, and what a change does to the other sessions. */
class PasswordsIT extends RunningProvider {

    private static final String NEW_PASSWORD = "a completely new one";
    private static final Pattern SHOWN_PASSWORD = Pattern.compile("<code[^>]*>([^<]+)</code>");

    @Autowired
    Users users;

    @Test
    void sixtyFourCyrillicLettersAreAPasswordHashedWithArgon2id() {
        String letters = "съешьжеещёэтихмягкихфранцузскихбулокдавыпейчаюсъешьжеещёэтихмягк";
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), letters, false);

        assertThat(Browser.location(browser().signIn(username, letters))).doesNotContain("error");
        assertThat(Browser.location(browser().signIn(username, letters.substring(0, 63) + "а"))).endsWith("/login?error");
        assertThat(users.find(Username.of(username)).orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$");
    }

    @Test
    void aCommonOrTrivialNewPasswordIsRefusedWithAReason() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = signedIn(username, PASSWORD);

        assertThat(changePassword(browser, PASSWORD, "password1234").body()).contains("among the most common");
        assertThat(changePassword(browser, PASSWORD, "qwertyuiop12").body()).contains("too easy to guess");
        assertThat(changePassword(browser, PASSWORD, username + "2026").body()).contains("built on your username");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnyCodeIsIssued() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), "set by an admin", true);
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        assertThat(Browser.location(flow.authorize())).endsWith("/login");

        HttpResponse<String> signedIn = browser.signIn(username, "set by an admin");

        assertThat(Browser.location(signedIn)).endsWith("/account/password");
        assertThat(Browser.location(flow.authorize())).as("no code, but the change-password page").endsWith("/account/password");
        assertThat(Browser.location(browser.get("/"))).as("nor the portal").endsWith("/account/password");
        assertThat(browser.get("/account/password").body()).contains("Choose your own to continue");

        HttpResponse<String> changed = changePassword(browser, "set by an admin", NEW_PASSWORD);

        assertThat(Browser.location(changed)).as("on to the authorization request").contains("/oauth2/authorize");
        JsonNode tokens = flow.exchange(flow.codeFrom(browser.get(Browser.location(changed))));
        assertThat(tokens.get("access_token").asString()).isNotBlank();
        assertThat(users.find(Username.of(username)).orElseThrow().hasTemporaryPassword()).isFalse();
    }

    @Test
    void aPasswordChangeSignsThePersonOutEverywhereElse() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser laptop = signedIn(username, PASSWORD);
        Browser phone = browser();
        new AuthorizationCodeFlow(phone, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        assertThat(phone.get("/").statusCode()).isEqualTo(200);

        assertThat(Browser.location(changePassword(laptop, PASSWORD, NEW_PASSWORD))).endsWith("/");

        assertThat(Browser.location(phone.get("/"))).endsWith("/login?expired");
        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(CLAIMS_UI.logoutTokens()).as("the UI it used is told")
                .anySatisfy(token -> assertThat(Tokens.claims(Tokens.verified(token, jwks)).getSubject()).isEqualTo(username)));
        assertThat(Browser.location(new AuthorizationCodeFlow(phone, "survey-ui", "http://localhost:8082").authorize()))
                .as("no code for the old session").endsWith("/login");
        assertThat(laptop.get("/").statusCode()).as("the session that changed it stays").isEqualTo(200);
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyThisSession() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser laptop = signedIn(username, PASSWORD);
        Browser phone = signedIn(username, PASSWORD);
        assertThat(laptop.get("/account/password").body()).contains("Sign out everywhere else");

        HttpResponse<String> ended = laptop.submit("/account/password", "/account/sessions/end-others", Map.of());

        assertThat(Browser.location(ended)).endsWith("/account/password");
        assertThat(laptop.get("/account/password").body()).contains("You have been signed out everywhere else");
        assertThat(Browser.location(phone.get("/"))).endsWith("/login?expired");
        assertThat(phone.get("/login?expired").body()).contains("Please sign in again");
        assertThat(laptop.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminResetEndsThePersonsSessions() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser person = signedIn(username, PASSWORD);
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)), PASSWORD);

        HttpResponse<String> reset = admin.submit("/admin/users/" + username, "/admin/users/" + username + "/password", Map.of());

        assertThat(Browser.location(person.get("/"))).endsWith("/login?expired");
        Matcher shown = SHOWN_PASSWORD.matcher(admin.get(Browser.location(reset)).body());
        assertThat(shown.find()).isTrue();
        assertThat(Browser.location(browser().signIn(username, shown.group(1)))).endsWith("/account/password");
    }

    private Browser signedIn(String username, String password) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, password))).doesNotContain("error");
        return browser;
    }

    private static HttpResponse<String> changePassword(Browser browser, String current, String next) {
        return browser.submit("/account/password", "/account/password",
                Map.of("currentPassword", current, "newPassword", next, "repeatedPassword", next));
    }
}
