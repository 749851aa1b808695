package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person's list of their own sessions with "end this one", and an admin ending one person's sessions everywhere. */
class SessionsIT extends RunningProvider {

    private static final Pattern SID = Pattern.compile("name=\"sid\" value=\"([^\"]+)\"");

    @Test
    void aPersonSeesTheirSessionsAndEndsOneOfThem() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser office = browser();
        new AuthorizationCodeFlow(office, "loyalty-ui", "http://localhost:8081").signIn(username, PASSWORD);
        Browser sharedComputer = browser();
        JsonNode claims = new AuthorizationCodeFlow(sharedComputer, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        Browser someoneElse = browser();
        new AuthorizationCodeFlow(someoneElse, "claims-ui", "http://localhost:8083")
                .signIn(newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE)), PASSWORD);
        int logoutTokensBefore = CLAIMS_UI.logoutTokens().size();

        HttpResponse<String> list = office.get("/account/sessions");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("This browser", "Customers and loyalty", "Claims", "Signed in ");
        List<String> others = sids(list.body());
        assertThat(others).as("the other browser, not this one, nor anyone else's").hasSize(1);

        HttpResponse<String> ended = office.submit("/account/sessions", "/account/sessions/end", Map.of("sid", others.get(0)));

        assertThat(Browser.location(ended)).endsWith("/account/sessions");
        assertThat(office.get("/account/sessions").body()).contains("That session has ended");
        assertThat(Browser.location(sharedComputer.get("/"))).as("signed out there").contains("/login");
        assertThat(RefreshTokensIT.refresh(baseUrl(), claims.get("refresh_token").asString()).statusCode())
                .as("its UI cannot renew its tokens").isEqualTo(400);
        await().atMost(Duration.ofSeconds(10)).until(() -> CLAIMS_UI.logoutTokens().size() > logoutTokensBefore);
        assertThat(office.get("/").statusCode()).as("this one stays").isEqualTo(200);
        assertThat(someoneElse.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void nobodyEndsSomeoneElsesSession() {
        String victim = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser victimsBrowser = browser();
        victimsBrowser.signIn(victim, PASSWORD);
        Browser victimsOther = browser();
        victimsOther.signIn(victim, PASSWORD);
        String victimsSid = sids(victimsBrowser.get("/account/sessions").body()).get(0);
        Browser attacker = browser();
        attacker.signIn(newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE)), PASSWORD);

        HttpResponse<String> tried = attacker.submit("/account/sessions", "/account/sessions/end", Map.of("sid", victimsSid));

        assertThat(Browser.location(tried)).endsWith("/account/sessions");
        assertThat(attacker.get("/account/sessions").body()).contains("had ended already");
        assertThat(victimsOther.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminSignsAPersonOutEverywhere() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser laptop = browser();
        JsonNode claims = new AuthorizationCodeFlow(laptop, "claims-ui", "http://localhost:8083").signIn(username, PASSWORD);
        Browser phone = browser();
        phone.signIn(username, PASSWORD);
        Browser admin = browser();
        admin.signIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)), PASSWORD);
        int logoutTokensBefore = CLAIMS_UI.logoutTokens().size();

        HttpResponse<String> ended = admin.submit("/admin/users/" + username, "/admin/users/" + username + "/end-sessions", Map.of());

        assertThat(Browser.location(ended)).endsWith("/admin/users/" + username);
        assertThat(admin.get("/admin/users/" + username).body()).contains("signed out everywhere");
        assertThat(Browser.location(laptop.get("/"))).contains("/login");
        assertThat(Browser.location(phone.get("/"))).contains("/login");
        assertThat(RefreshTokensIT.refresh(baseUrl(), claims.get("refresh_token").asString()).statusCode()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(10)).until(() -> CLAIMS_UI.logoutTokens().size() > logoutTokensBefore);
        assertThat(admin.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAdminsSignOthersOut() {
        String username = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser person = browser();
        person.signIn(username, PASSWORD);
        Browser colleague = browser();
        colleague.signIn(newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE)), PASSWORD);

        HttpResponse<String> tried = colleague.submit("/", "/admin/users/" + username + "/end-sessions", Map.of());

        assertThat(tried.statusCode()).isEqualTo(403);
        assertThat(person.get("/").statusCode()).isEqualTo(200);
    }

    private static List<String> sids(String page) {
        List<String> sids = new ArrayList<>();
        Matcher matcher = SID.matcher(page);
        while (matcher.find()) {
            sids.add(matcher.group(1));
        }
        return sids;
    }
}
