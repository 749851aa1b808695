package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SignInIT extends RunningProvider {

    private static final Username ADMIN = Username.of("someone-else");

    @Autowired
    DeactivatingUser deactivating;

    @Test
    void aUiSignsAUserInWithPkceAndGetsTokensSayingWhoTheyAre() throws Exception {
        String username = newUser("logistics", ManagementLevel.DIVISION_HEAD, EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD));

        JsonNode tokens = new AuthorizationCodeFlow(browser(), "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);

        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        JWTClaimsSet access = Tokens.claims(Tokens.verified(tokens.get("access_token").asString(), jwks));
        assertThat(access.getSubject()).isEqualTo(username);
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getAudience()).contains("atelier-api", "loyalty-ui");
        assertThat(access.getStringClaim("department")).isEqualTo("logistics");
        assertThat(access.getStringClaim("level")).isEqualTo("DIVISION_HEAD");
        assertThat(access.getStringListClaim("roles")).containsExactly("DEPARTMENT_HEAD", "EMPLOYEE");
        assertThat(access.getStringClaim("name")).isEqualTo("Test " + username);
        assertThat(access.getStringClaim("client_id")).isEqualTo("loyalty-ui");
        assertThat(access.getStringClaim("scope")).isEqualTo("openid profile");
        assertThat(ServiceTokenValidation.decode(tokens.get("access_token").asString(), baseUrl()).getSubject())
                .as("a service takes the at+jwt access token").isEqualTo(username);
        ApiClient.Response userInfo = ApiClient.localPort(port).withToken(tokens.get("access_token").asString()).get("/userinfo");
        assertThat(userInfo.status()).as("the provider takes its own access token: " + userInfo.body()).isEqualTo(200);
        assertThat(userInfo.json().get("sub").asString()).isEqualTo(username);

        JWTClaimsSet id = Tokens.claims(Tokens.verified(tokens.get("id_token").asString(), jwks));
        assertThat(id.getAudience()).containsExactly("loyalty-ui");
        assertThat(id.getStringClaim("sid")).isNotBlank();
        assertThat(id.getStringClaim("department")).isEqualTo("logistics");
        assertThat(id.getStringListClaim("roles")).containsExactly("DEPARTMENT_HEAD", "EMPLOYEE");
        assertThat(tokens.has("refresh_token")).isTrue();
    }

    @Test
    void signingInAtOneUiSignsInAtTheOthersWithoutAPassword() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        JsonNode loyalty = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);

        JsonNode survey = new AuthorizationCodeFlow(browser, "survey-ui", "http://localhost:8082").signInAgain();

        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        assertThat(Tokens.claims(Tokens.verified(survey.get("id_token").asString(), jwks)).getStringClaim("sid"))
                .as("one provider session")
                .isEqualTo(Tokens.claims(Tokens.verified(loyalty.get("id_token").asString(), jwks)).getStringClaim("sid"));
    }

    @Test
    void theCodeIsWorthlessWithoutTheVerifierOfItsChallenge() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        flow.authorize();
        String code = flow.codeFrom(browser.get(Browser.location(browser.signIn(username, PASSWORD))));

        HttpResponse<String> stolen = TokenEndpoint.post(baseUrl(), "loyalty-ui", AuthorizationCodeFlow.UI_SECRET, Map.of(
                "grant_type", "authorization_code", "code", code,
                "redirect_uri", "http://localhost:8081/login/oauth2/code/atelier", "code_verifier", "x".repeat(43)));

        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("invalid_grant");
    }

    @Test
    void aWrongVerifierSpendsTheCodeSoTheRightOneGetsNoTokensAfterwards() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081");
        flow.authorize();
        String code = flow.codeFrom(browser.get(Browser.location(browser.signIn(username, PASSWORD))));
        HttpResponse<String> guessed = TokenEndpoint.post(baseUrl(), "loyalty-ui", AuthorizationCodeFlow.UI_SECRET, Map.of(
                "grant_type", "authorization_code", "code", code,
                "redirect_uri", "http://localhost:8081/login/oauth2/code/atelier", "code_verifier", "x".repeat(43)));
        assertThat(guessed.statusCode()).isEqualTo(400);

        HttpResponse<String> rightVerifier = flow.exchangeRaw(code);

        assertThat(rightVerifier.statusCode()).as(rightVerifier.body()).isEqualTo(400);
        assertThat(rightVerifier.body()).contains("invalid_grant");
    }

    @Test
    void promptLoginMakesASignedInPersonSignInAgainBeforeTheCodeAndAuthTimeSaysSo() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        AuthorizationCodeFlow again = new AuthorizationCodeFlow(browser, "survey-ui", "http://localhost:8082");
        long beforeSecondSignIn = Instant.now().getEpochSecond();

        HttpResponse<String> authorize = again.authorize(Map.of("prompt", "login"));

        assertThat(Browser.location(authorize)).as("to the login page, not back with a code").endsWith("/login");
        JsonNode tokens = again.signInAtTheLoginPage(username, PASSWORD);
        assertThat(authTime(tokens)).isGreaterThanOrEqualTo(beforeSecondSignIn);
    }

    @Test
    void maxAgeZeroForcesASignInToo() throws Exception {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        AuthorizationCodeFlow again = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083");
        long beforeSecondSignIn = Instant.now().getEpochSecond();

        assertThat(Browser.location(again.authorize(Map.of("max_age", "0")))).endsWith("/login");

        assertThat(authTime(again.signInAtTheLoginPage(username, PASSWORD))).isGreaterThanOrEqualTo(beforeSecondSignIn);
    }

    @Test
    void aMaxAgeTheSignInIsWithinNeedsNoPassword() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        AuthorizationCodeFlow again = new AuthorizationCodeFlow(browser, "survey-ui", "http://localhost:8082");

        assertThat(again.exchange(again.codeFrom(again.authorize(Map.of("max_age", "3600"))))).isNotNull();
    }

    @Test
    void promptNoneWhileSignedOutAnswersLoginRequiredAtTheRedirectUri() {
        AuthorizationCodeFlow flow = new AuthorizationCodeFlow(browser(), "loyalty-ui", "http://localhost:8081");

        String location = Browser.location(flow.authorize(Map.of("prompt", "none")));

        assertThat(location).startsWith(flow.redirectUri()).contains("error=login_required");
    }

    private long authTime(JsonNode tokens) throws Exception {
        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        return Tokens.claims(Tokens.verified(tokens.get("id_token").asString(), jwks)).getDateClaim("auth_time").toInstant().getEpochSecond();
    }

    @Test
    void aHostileHostHeaderNeverEndsUpInARedirect() {
        String authorize = "/oauth2/authorize?response_type=code&client_id=loyalty-ui&scope=openid"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Flogin%2Foauth2%2Fcode%2Fatelier&state=s"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

        assertThat(HostileHost.locationOfGet(port, authorize, "evil.example")).hasValueSatisfying(location ->
                assertThat(location).isEqualTo("/login"));
        assertThat(HostileHost.locationOfGet(port, "/admin/users", "evil.example")).hasValueSatisfying(location ->
                assertThat(location).isEqualTo("/login"));
    }

    @Test
    void afterSignInTheBrowserContinuesAtAPathNotAtTheHostItNamed() {
        String username = newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").authorize();

        assertThat(Browser.location(browser.signIn(username, PASSWORD))).startsWith("/oauth2/authorize?");
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        deactivating.deactivate(ADMIN, Username.of(username));

        HttpResponse<String> attempt = browser().signIn(username, PASSWORD);

        assertThat(Browser.location(attempt)).endsWith("/login?error");
    }

    @Test
    void aUserDeactivatedWhileSignedInGetsNoMoreTokens() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        AuthorizationCodeFlow claims = new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083");
        String code = claims.codeFrom(claims.authorize());

        deactivating.deactivate(ADMIN, Username.of(username));

        HttpResponse<String> refused = claims.exchangeRaw(code);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void aUserDeactivatedWhileSignedInIsSignedOutOfTheProviderAndTheUis() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        new AuthorizationCodeFlow(browser, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);

        deactivating.deactivate(ADMIN, Username.of(username));

        assertThat(Browser.location(browser.get("/"))).endsWith("/login");
        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(CLAIMS_UI.logoutTokens())
                .anySatisfy(token -> assertThat(Tokens.claims(Tokens.verified(token, jwks)).getSubject()).isEqualTo(username)));
        assertThat(Browser.location(new AuthorizationCodeFlow(browser, "survey-ui", "http://localhost:8082").authorize()))
                .as("no code, but the login page").endsWith("/login");
    }

    @Test
    void fiveWrongPasswordsMakeTheNameWaitSecondsRatherThanLockingIt() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(Browser.location(browser.signIn(username, "wrong password " + attempt))).endsWith("/login?error");
        }

        HttpResponse<String> sixth = browser.signIn(username, "wrong password 6");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 5L));
        assertThat(sixth.body()).contains("Too many attempts", "seconds");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(Browser.location(browser().signIn(username, PASSWORD)))
                .as("the right password once the few seconds are over").doesNotContain("error"));
    }

    @Test
    void aControlCharacterDoesNotMakeAFreshUsernameOfAThrottledOne() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(username, "wrong password " + attempt);
        }

        for (String variant : new String[] {"\u0001" + username, username + "\u001b", "\u0005" + username.toUpperCase()}) {
            HttpResponse<String> attempt = browser.signIn(variant, PASSWORD);
            assertThat(attempt.statusCode()).as("throttled as " + username + " itself").isEqualTo(429);
        }
    }

    @Test
    void aUsernameWithControlCharactersIsRefusedAtTheFormWithAReadableMessage() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();

        HttpResponse<String> attempt = browser.postBody("/login", "username=%01" + username + "&password="
                + PASSWORD.replace(' ', '+') + "&_csrf=" + Browser.csrfToken(browser.get("/login").body()));

        assertThat(Browser.location(attempt)).endsWith("/login?malformed");
        assertThat(browser.get("/login?malformed").body()).contains("A username cannot contain control characters");
        assertThat(Browser.location(browser.get("/"))).as("not signed in").endsWith("/login");
    }

    @Test
    void wrongCurrentPasswordsOnTheAccountPageAreThrottledToo() {
        String username = newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(changePassword(browser, "a guess number " + attempt).body()).contains("This is not your current password");
        }

        HttpResponse<String> sixth = changePassword(browser, PASSWORD);

        assertThat(sixth.body()).contains("Too many wrong passwords");
        assertThat(browser().signIn(username, PASSWORD).statusCode()).as("nor can the guesser switch to the sign-in form")
                .isEqualTo(429);
    }

    private static HttpResponse<String> changePassword(Browser browser, String current) {
        return browser.submit("/account/password", "/account/password",
                Map.of("currentPassword", current, "newPassword", "a completely new one", "repeatedPassword", "a completely new one"));
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedWith413() {
        HttpResponse<String> response = browser().postBody("/login", "username=" + "a".repeat(100 * 1024) + "&password=x");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() {
        HttpResponse<String> response = browser().postChunked("/login", "username=" + "a".repeat(100 * 1024) + "&password=x");

        assertThat(response.statusCode()).isEqualTo(413);
    }
}
