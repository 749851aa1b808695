package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.identity.secondfactor.application.EnrollingSecondFactor;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingUserAssignment;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second factor at sign-in: a code after the password, recovery codes, enrolment required by role before any
 * token, and the ID token's {@code acr} and {@code amr}. (Management's rule is on in these tests; see
 * {@link RunningProvider}.)
 */
class SecondFactorIT extends RunningProvider {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile(">([a-z2-7]{5}-[a-z2-7]{5})<");
    private static final String TWO_FACTOR = "urn:atelier:acr:2fa";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EnrollingSecondFactor enrolling;

    @Autowired
    ChangingUserAssignment assigning;

    @Autowired
    FindingUsers users;

    @Test
    void afterThePasswordNothingOpensUntilTheCodeIsTyped() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Authenticator app = enrolled(username);
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        flow.authorize();

        HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
        HttpResponse<String> authorize = browser.get(Browser.location(signedIn));

        assertThat(Browser.location(authorize)).as("no code for the UI yet").endsWith("/login/code");
        assertThat(Browser.location(browser.get("/"))).endsWith("/login/code");
        HttpResponse<String> typed = browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode()));
        assertThat(Browser.location(typed)).as("back to the UI's request").contains("/oauth2/authorize");
        JsonNode tokens = flow.exchange(flow.codeFrom(browser.get(Browser.location(typed))));
        assertThat(idToken(tokens).getStringClaim("acr")).isEqualTo(TWO_FACTOR);
    }

    @Test
    void aRoleChangedWhileSignedInLeavesTheSignInsSecondFactorAsItWas() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Authenticator app = enrolled(username);
        Browser browser = browser();
        AuthorizationCodeFlow loyalty = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        loyalty.authorize();
        browser.signIn(username, PASSWORD);
        HttpResponse<String> typed = browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode()));
        loyalty.exchange(loyalty.codeFrom(browser.get(Browser.location(typed))));

        User person = users.get(Username.of(username));
        assigning.change(Username.of("someone-else"), new ChangingUserAssignment.Command(username, "sales",
                ManagementLevel.DIVISION_HEAD, EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD), person.version()));

        JWTClaimsSet id = idToken(new AuthorizationCodeFlow(browser, "survey-ui", "http://localhost:8082").signInAgain());
        assertThat(id.getStringListClaim("roles")).containsExactly("DEPARTMENT_HEAD", "EMPLOYEE");
        assertThat(id.getStringListClaim("amr")).as("no new code asked for").containsExactly("pwd", "otp");
    }

    @Test
    void aRefreshTokenGotWithAPasswordAloneRenewsNothingOnceTheRoleRequiresASecondFactor() {
        String username = newUser("top-management", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE));
        JsonNode tokens = new AuthorizationCodeFlow(browser(), "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        HttpResponse<String> before = RefreshTokensIT.refresh(baseUrl(), tokens.get("refresh_token").asString());
        assertThat(before.statusCode()).as("renewed while the role needs none").isEqualTo(200);
        String refreshToken = JSON.readTree(before.body()).get("refresh_token").asString();

        User person = users.get(Username.of(username));
        assigning.change(Username.of("someone-else"), new ChangingUserAssignment.Command(username, "top-management",
                ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.MANAGEMENT), person.version()));

        HttpResponse<String> refreshed = RefreshTokensIT.refresh(baseUrl(), refreshToken);
        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(refreshed.body()).contains("invalid_grant");
    }

    @Test
    void aWrongCodeIsRefusedAndFurtherGuessesMustWait() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Authenticator app = enrolled(username);
        Browser browser = browser();
        browser.signIn(username, PASSWORD);

        for (int guess = 0; guess < 5; guess++) {
            HttpResponse<String> wrong = browser.submit("/login/code", "/login/code", Map.of("code", app.wrongCode()));
            assertThat(wrong.statusCode()).as("guess %d", guess).isEqualTo(422);
            assertThat(wrong.body()).contains("wrong");
        }
        HttpResponse<String> throttled = browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode()));

        assertThat(throttled.statusCode()).as("even the right code waits").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(Browser.location(browser.get("/"))).endsWith("/login/code");
        HttpResponse<String> aNewPasswordSignIn = browser.signIn(username, PASSWORD);
        assertThat(browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode())).statusCode())
                .as("a right password does not buy fresh guesses").isEqualTo(429);
        assertThat(aNewPasswordSignIn.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() ->
                browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode())).statusCode() == 302);
        assertThat(browser.get("/").statusCode()).as("a wait, never a lock-out").isEqualTo(200);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser enrolling = browser();
        enrolling.signIn(username, PASSWORD);
        List<String> recoveryCodes = enrolThroughThePage(enrolling).recoveryCodes();
        assertThat(recoveryCodes).hasSize(10);

        Browser lostPhone = browser();
        lostPhone.signIn(username, PASSWORD);
        HttpResponse<String> recovered = lostPhone.submit("/login/code", "/login/code", Map.of("code", recoveryCodes.get(0)));
        assertThat(Browser.location(recovered)).endsWith("/");
        HttpResponse<String> portal = lostPhone.get("/");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("recovery code");

        Browser again = browser();
        again.signIn(username, PASSWORD);
        HttpResponse<String> reused = again.submit("/login/code", "/login/code", Map.of("code", recoveryCodes.get(0)));
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(Browser.location(again.get("/"))).endsWith("/login/code");
        assertThat(Browser.location(again.submit("/login/code", "/login/code", Map.of("code", recoveryCodes.get(1)))))
                .as("another one still works, and the request it was held at goes on").isEqualTo("/?continue");
    }

    @Test
    void aManagerWithoutASecondFactorGetsNoTokenUntilTheyEnrolOne() throws Exception {
        String username = newUser("top-management", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.MANAGEMENT));
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "reporting-ui", "http://localhost:8084");
        flow.authorize();
        HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);

        HttpResponse<String> authorize = browser.get(Browser.location(signedIn));
        assertThat(Browser.location(authorize)).as("no code, so no token").endsWith("/account/second-factor");
        assertThat(Browser.location(browser.get("/"))).endsWith("/account/second-factor");
        HttpResponse<String> page = browser.get("/account/second-factor");
        assertThat(page.body()).contains("otpauth://totp/Atelier:" + username + "?secret=");

        Enrolment enrolment = enrolThroughThePage(browser);
        HttpResponse<String> carryOn = browser.get("/account/second-factor/continue");

        assertThat(Browser.location(carryOn)).contains("/oauth2/authorize");
        JsonNode tokens = flow.exchange(flow.codeFrom(browser.get(Browser.location(carryOn))));
        JWTClaimsSet id = idToken(tokens);
        assertThat(id.getStringClaim("acr")).isEqualTo(TWO_FACTOR);
        assertThat(id.getStringListClaim("amr")).containsExactly("pwd", "otp");

        Browser nextDay = browser();
        AuthorizationCodeFlow nextFlow = new AuthorizationCodeFlow(nextDay, "reporting-ui", "http://localhost:8084");
        nextFlow.authorize();
        HttpResponse<String> withPassword = nextDay.signIn(username, PASSWORD);
        assertThat(Browser.location(nextDay.get(Browser.location(withPassword)))).endsWith("/login/code");
        HttpResponse<String> typed = nextDay.submit("/login/code", "/login/code", Map.of("code", enrolment.app().nextCode()));
        assertThat(nextFlow.codeFrom(nextDay.get(Browser.location(typed)))).isNotBlank();
    }

    @Test
    void aNewManagerOnATemporaryPasswordChoosesTheirOwnAndEnrolsBeforeAnyToken() throws Exception {
        String username = newUser("top-management", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.MANAGEMENT),
                "Temporary-" + PASSWORD, true);
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "reporting-ui", "http://localhost:8084");
        flow.authorize();
        HttpResponse<String> signedIn = browser.signIn(username, "Temporary-" + PASSWORD);
        assertThat(Browser.location(signedIn)).endsWith("/account/password");

        HttpResponse<String> changed = browser.submit("/account/password", "/account/password", Map.of(
                "currentPassword", "Temporary-" + PASSWORD, "newPassword", "my own " + PASSWORD, "repeatedPassword", "my own " + PASSWORD));
        HttpResponse<String> authorize = browser.get(Browser.location(changed));
        assertThat(Browser.location(authorize)).as("still no code").endsWith("/account/second-factor");
        enrolThroughThePage(browser);
        HttpResponse<String> carryOn = browser.get("/account/second-factor/continue");

        JsonNode tokens = flow.exchange(flow.codeFrom(browser.get(Browser.location(carryOn))));
        assertThat(idToken(tokens).getStringListClaim("amr")).containsExactly("pwd", "otp");
    }

    @Test
    void anAdminsResetLeavesTheFactorSoTheTemporaryPasswordIsFollowedByTheCode() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE), "Temporary-" + PASSWORD, true);
        Authenticator app = enrolled(username);
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        flow.authorize();
        browser.signIn(username, "Temporary-" + PASSWORD);

        assertThat(Browser.location(browser.get("/account/password"))).as("the code comes first").endsWith("/login/code");
        HttpResponse<String> typed = browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode()));
        assertThat(Browser.location(typed)).endsWith("/account/password");
        HttpResponse<String> changed = browser.submit("/account/password", "/account/password", Map.of(
                "currentPassword", "Temporary-" + PASSWORD, "newPassword", "my own " + PASSWORD, "repeatedPassword", "my own " + PASSWORD));

        JsonNode tokens = flow.exchange(flow.codeFrom(browser.get(Browser.location(changed))));
        assertThat(idToken(tokens).getStringClaim("acr")).isEqualTo(TWO_FACTOR);
    }

    @Test
    void theIdTokenSaysWhetherTheSignInHadASecondFactor() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();

        JWTClaimsSet passwordOnly = idToken(new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081")
                .signIn(username, PASSWORD));

        assertThat(passwordOnly.getStringClaim("acr")).isEqualTo("urn:atelier:acr:pwd");
        assertThat(passwordOnly.getStringListClaim("amr")).containsExactly("pwd");
        JsonNode discovery = ApiClient.localPort(port).get("/.well-known/openid-configuration").json();
        assertThat(discovery.get("acr_values_supported").toString()).contains(TWO_FACTOR);
    }

    @Test
    void aUiAskingForTheSecondFactorLevelGetsItEvenFromASessionSignedInWithAPassword() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);

        AuthorizationCodeFlow demanding = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083");
        HttpResponse<String> authorize = demanding.authorize(Map.of("acr_values", TWO_FACTOR));
        assertThat(Browser.location(authorize)).as("the person has none yet").endsWith("/account/second-factor");
        enrolThroughThePage(browser);
        JsonNode tokens = demanding.exchange(demanding.codeFrom(browser.get(Browser.location(
                browser.get("/account/second-factor/continue")))));
        assertThat(idToken(tokens).getStringClaim("acr")).isEqualTo(TWO_FACTOR);

        Browser elsewhere = browser();
        AuthorizationCodeFlow plain = new AuthorizationCodeFlow(elsewhere, "loyalty-ui", "http://localhost:8081");
        plain.authorize();
        HttpResponse<String> signedIn = elsewhere.signIn(username, PASSWORD);
        assertThat(Browser.location(elsewhere.get(Browser.location(signedIn))))
                .as("once enrolled, every sign-in asks for the code").endsWith("/login/code");
    }

    @Test
    void promptNoneWhileTheSecondStepIsOwedAnswersTheUiInsteadOfShowingAPage() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        AuthorizationCodeFlow silent = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083");

        String location = Browser.location(silent.authorize(Map.of("acr_values", TWO_FACTOR, "prompt", "none")));

        assertThat(location).startsWith(silent.redirectUri() + "?error=interaction_required").contains("&state=");
    }

    @Test
    void removingTheFactorNeedsACode() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        browser.signIn(username, PASSWORD);
        Enrolment enrolment = enrolThroughThePage(browser);
        browser.get("/account/second-factor/continue");

        HttpResponse<String> wrong = browser.submit("/account/second-factor", "/account/second-factor/disable",
                Map.of("code", enrolment.app().wrongCode()));
        assertThat(wrong.statusCode()).isEqualTo(422);
        HttpResponse<String> removed = browser.submit("/account/second-factor", "/account/second-factor/disable",
                Map.of("code", enrolment.recoveryCodes().get(5)));
        assertThat(Browser.location(removed)).endsWith("/account/second-factor");

        Browser later = browser();
        later.signIn(username, PASSWORD);
        assertThat(later.get("/").statusCode()).as("a password alone again").isEqualTo(200);
    }

    @Test
    void anAdminRemovesTheFactorOfSomeoneWhoLostPhoneAndCodesButNotTheirOwn() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        enrolled(username);
        String adminName = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        Authenticator adminsApp = enrolled(adminName);
        Browser admin = browser();
        admin.signIn(adminName, PASSWORD);
        admin.submit("/login/code", "/login/code", Map.of("code", adminsApp.nextCode()));
        assertThat(admin.get("/admin/users/" + username).body()).contains("An authenticator app since");

        HttpResponse<String> removed = admin.submit("/admin/users/" + username, "/admin/users/" + username + "/second-factor/remove", Map.of());

        assertThat(Browser.location(removed)).endsWith("/admin/users/" + username);
        assertThat(admin.get("/admin/users/" + username).body()).contains("The second factor has been removed", "No second factor");
        Browser person = browser();
        person.signIn(username, PASSWORD);
        assertThat(person.get("/").statusCode()).isEqualTo(200);
        admin.submit("/admin/users/" + adminName, "/admin/users/" + adminName + "/second-factor/remove", Map.of());
        assertThat(admin.get("/admin/users/" + adminName).body()).contains("An authenticator app since", "on your account page");
    }

    /** What the account page's enrolment gave: the app set up with its secret, and the recovery codes. */
    record Enrolment(Authenticator app, List<String> recoveryCodes) {
    }

    /** Reads the secret off the account page, as a person types it into their app, and confirms it with a code. */
    private static Enrolment enrolThroughThePage(Browser browser) {
        Matcher secret = SECRET.matcher(browser.get("/account/second-factor").body());
        assertThat(secret.find()).as("the secret is shown as text").isTrue();
        Authenticator app = Authenticator.fromPage(secret.group(1));
        HttpResponse<String> confirmed = browser.submit("/account/second-factor", "/account/second-factor",
                Map.of("code", app.currentCode()));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        Matcher codes = RECOVERY_CODE.matcher(confirmed.body());
        List<String> recoveryCodes = new java.util.ArrayList<>();
        while (codes.find()) {
            recoveryCodes.add(codes.group(1));
        }
        return new Enrolment(app, recoveryCodes);
    }

    private Authenticator enrolled(String username) {
        Authenticator app = new Authenticator(enrolling.newSecret());
        enrolling.confirm(Username.of(username), app.secret(), app.currentCode());
        return app;
    }

    private JWTClaimsSet idToken(JsonNode tokens) throws Exception {
        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        return Tokens.claims(Tokens.verified(tokens.get("id_token").asString(), jwks));
    }
}
