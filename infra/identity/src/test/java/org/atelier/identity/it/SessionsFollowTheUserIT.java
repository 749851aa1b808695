package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A change an admin makes to a person takes effect at the person's very next request to the provider, and ends
 * the person's sessions at the UIs at once, without waiting for the person's browser to come by.
 */
class SessionsFollowTheUserIT extends RunningProvider {

    @Autowired
    FindingUsers users;

    @Test
    void aDemotedAdminsNextRequestToTheAdminPagesIsRefused() {
        Browser adminA = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String nameB = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        Browser adminB = signedIn(nameB);
        assertThat(adminB.get("/admin/users").statusCode()).isEqualTo(200);
        String csrfOfB = Browser.csrfToken(adminB.get("/").body());

        HttpResponse<String> demoted = adminA.submit("/admin/users/" + nameB, "/admin/users/" + nameB,
                assignment(nameB, "EMPLOYEE"));
        assertThat(Browser.location(demoted)).endsWith("/admin/users/" + nameB);

        HttpResponse<String> list = adminB.get("/admin/users");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(list.body()).contains("This page is for administrators only");
        String newName = "n" + System.nanoTime();
        HttpResponse<String> create = adminB.postForm("/admin/users", Map.of("_csrf", csrfOfB, "username", newName,
                "displayName", "New Admin", "department", "it", "level", "OTHER_STAFF", "roles", "ADMIN",
                "password", "an initial password"));
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(users.find(Username.of(newName))).isEmpty();
        HttpResponse<String> regain = adminB.postForm("/admin/users/" + nameB, Map.of("_csrf", csrfOfB,
                "department", "it", "level", "OTHER_STAFF", "roles", "ADMIN", "version", String.valueOf(version(nameB))));
        assertThat(regain.statusCode()).isEqualTo(403);
        assertThat(users.get(Username.of(nameB)).roles()).containsExactly(Role.EMPLOYEE);
        assertThat(adminB.get("/").statusCode()).as("still signed in, as an employee").isEqualTo(200);
    }

    @Test
    void aPromotionCountsAtTheNextRequestToo() {
        Browser adminA = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String name = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser person = signedIn(name);
        assertThat(person.get("/admin/users").statusCode()).isEqualTo(403);

        adminA.submit("/admin/users/" + name, "/admin/users/" + name, assignment(name, "EMPLOYEE", "ADMIN"));

        assertThat(person.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void deactivatingASignedInPersonEndsTheirProviderAndUiSessionsAtOnce() throws Exception {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String name = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser person = browser();
        JsonNode tokens = new AuthorizationCodeFlow(person, "claims-ui", "http://localhost:8083").signIn(name, PASSWORD);
        int before = CLAIMS_UI.logoutTokens().size();

        admin.submit("/admin/users/" + name, "/admin/users/" + name + "/deactivate", Map.of());

        assertThat(logoutTokensFor(before, name)).as("the UI hears of it without the person's browser").isNotEmpty();
        assertThat(userInfo(tokens).status()).as("the UIs' status check refuses the person").isEqualTo(401);
        assertThat(Browser.location(person.get("/"))).endsWith("/login");
        assertThat(Browser.location(person.get("/"))).as("the provider session is over").endsWith("/login");
    }

    @Test
    void aRoleChangeEndsThePersonsUiSessionsAndUserInfoTellsTheCurrentRoles() throws Exception {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String name = newUser("finance", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.FINANCE));
        Browser person = browser();
        JsonNode tokens = new AuthorizationCodeFlow(person, "claims-ui", "http://localhost:8083").signIn(name, PASSWORD);
        assertThat(userInfo(tokens).json().get("roles").toString()).contains("FINANCE");
        int before = CLAIMS_UI.logoutTokens().size();

        admin.submit("/admin/users/" + name, "/admin/users/" + name, assignment(name, "EMPLOYEE"));

        assertThat(logoutTokensFor(before, name)).isNotEmpty();
        ApiClient.Response info = userInfo(tokens);
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");
        assertThat(info.json().get("department").asString()).isEqualTo("finance");
        assertThat(person.get("/").statusCode()).as("the provider session goes on").isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsThePersonsUiSessions() throws Exception {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String name = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        new AuthorizationCodeFlow(browser(), "claims-ui", "http://localhost:8083").signIn(name, PASSWORD);
        int before = CLAIMS_UI.logoutTokens().size();

        admin.submit("/admin/users/" + name, "/admin/users/" + name + "/password", Map.of());

        assertThat(logoutTokensFor(before, name)).isNotEmpty();
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemself() {
        String name = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        Browser admin = signedIn(name);

        HttpResponse<String> refused = admin.submit("/admin/users/" + name, "/admin/users/" + name, assignment(name, "EMPLOYEE"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("You cannot remove the ADMIN role from yourself");
        assertThat(users.get(Username.of(name)).roles()).contains(Role.ADMIN);
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
    }

    private Map<String, String> assignment(String username, String... roles) {
        User user = users.get(Username.of(username));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("department", user.department().value());
        fields.put("level", user.level().name());
        fields.put("version", String.valueOf(user.version()));
        // Several roles are several fields of one name; Browser.encode takes a map, so they are joined here.
        fields.put("roles", String.join(",", roles));
        return fields;
    }

    private long version(String username) {
        return users.get(Username.of(username)).version();
    }

    private java.util.List<JWTClaimsSet> logoutTokensFor(int alreadyReceived, String subject) {
        String jwks = ApiClient.localPort(port).get("/oauth2/jwks").body();
        await().atMost(Duration.ofSeconds(10)).until(() -> CLAIMS_UI.logoutTokens().size() > alreadyReceived);
        return CLAIMS_UI.logoutTokens().stream().skip(alreadyReceived)
                .map(token -> Tokens.claims(Tokens.verified(token, jwks)))
                .filter(claims -> subject.equals(claims.getSubject()))
                .toList();
    }

    private ApiClient.Response userInfo(JsonNode tokens) {
        return ApiClient.localPort(port).withToken(tokens.get("access_token").asString()).get("/userinfo", "application/json");
    }

    private Browser signedIn(String username) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
        return browser;
    }
}
