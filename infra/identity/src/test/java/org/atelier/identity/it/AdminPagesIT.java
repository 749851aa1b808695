package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminPagesIT extends RunningProvider {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("class=\"secret\">([^<]+)<");

    @Autowired
    FindingUsers users;

    @Test
    void theAdminPagesAreForbiddenToOtherUsers() {
        Browser browser = signedIn(newUser("sales", ManagementLevel.DIVISION_HEAD, EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD)));

        HttpResponse<String> users = browser.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("This page is for administrators only");
        assertThat(browser.get("/admin/departments").statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/users/new").statusCode()).isEqualTo(403);
        assertThat(browser.get("/").body()).doesNotContain("/admin/users");
    }

    @Test
    void thePortalShowsReportsOnlyToThoseWhoMayReadThem() {
        String employeePortal = signedIn(newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE))).get("/").body();
        String headPortal = signedIn(newUser("sales", ManagementLevel.DIVISION_HEAD, EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD)))
                .get("/").body();

        assertThat(employeePortal).contains("http://localhost:8081/", "http://localhost:8082/", "http://localhost:8083/")
                .doesNotContain("http://localhost:8084/");
        assertThat(headPortal).contains("http://localhost:8084/");
    }

    @Test
    void anAdminCreatesAUserAndResetsTheirPasswordWhichIsShownOnce() {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String username = "new-" + System.nanoTime();

        HttpResponse<String> created = admin.submit("/admin/users/new", "/admin/users", Map.of(
                "username", username, "displayName", "Anna Petrova", "email", "", "department", "marketing",
                "level", "COMMERCIAL_STAFF", "roles", "EMPLOYEE", "password", "an initial password"));
        assertThat(Browser.location(created)).endsWith("/admin/users/" + username);
        assertThat(users.find(Username.of(username))).hasValueSatisfying(user -> {
            assertThat(user.department().value()).isEqualTo("marketing");
            assertThat(user.hasTemporaryPassword()).isTrue();
        });

        HttpResponse<String> reset = admin.submit("/admin/users/" + username, "/admin/users/" + username + "/password", Map.of());
        String page = admin.get(Browser.location(reset)).body();
        Matcher shown = TEMPORARY_PASSWORD.matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        assertThat(admin.get("/admin/users/" + username).body()).as("shown once").doesNotContain(shown.group(1));
        assertThat(Browser.location(browser().signIn(username, shown.group(1)))).doesNotContain("error");
    }

    @Test
    void anAdminFindsUsersByNameAndDepartment() {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String inSupply = newUser("supply", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        String inQuality = newUser("quality", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));

        String byName = admin.get("/admin/users?q=" + inSupply.toUpperCase()).body();
        assertThat(byName).contains(inSupply).doesNotContain(inQuality);
        String byDepartment = admin.get("/admin/users?q=test&department=quality").body();
        assertThat(byDepartment).contains(inQuality).doesNotContain(inSupply);
        assertThat(admin.get("/admin/users?lang=ru&department=quality").body()).contains("Служба качества", inQuality);
    }

    @Test
    void invalidInputIsShownNextToItsFieldAndChangesNothing() {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String username = "short-" + System.nanoTime();

        HttpResponse<String> refused = admin.submit("/admin/users/new", "/admin/users", Map.of(
                "username", username, "displayName", "Anna Petrova", "department", "marketing",
                "level", "COMMERCIAL_STAFF", "roles", "EMPLOYEE", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"password-error\"", "A password has at least 12 characters");
        assertThat(users.find(Username.of(username))).isEmpty();
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        String adminName = newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN));
        Browser admin = signedIn(adminName);

        HttpResponse<String> attempt = admin.submit("/admin/users/" + adminName, "/admin/users/" + adminName + "/deactivate", Map.of());

        assertThat(admin.get(Browser.location(attempt)).body()).contains("You cannot deactivate your own account");
        assertThat(users.find(Username.of(adminName)).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anAdminAddsAndDeactivatesADepartment() {
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        String code = "dept-" + System.nanoTime();

        HttpResponse<String> created = admin.submit("/admin/departments", "/admin/departments",
                Map.of("code", code, "nameEn", "After-sales", "nameRu", "Сервис"));
        assertThat(admin.get(Browser.location(created)).body()).contains(code, "Сервис");

        admin.submit("/admin/departments", "/admin/departments/" + code + "/deactivate", Map.of());
        assertThat(admin.submit("/admin/users/new", "/admin/users", Map.of("username", "x" + System.nanoTime(),
                "displayName", "X", "department", code, "level", "OTHER_STAFF", "roles", "EMPLOYEE", "password", "a long password")).body())
                .contains("is no longer in use");
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String username = newUser("hr", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE));
        Browser browser = signedIn(username);

        HttpResponse<String> reused = browser.submit("/account/password", "/account/password", Map.of(
                "currentPassword", PASSWORD, "newPassword", PASSWORD, "repeatedPassword", PASSWORD));
        assertThat(reused.body()).contains("The new password must differ from the current one");

        HttpResponse<String> changed = browser.submit("/account/password", "/account/password", Map.of(
                "currentPassword", PASSWORD, "newPassword", "a completely new one", "repeatedPassword", "a completely new one"));
        assertThat(Browser.location(changed)).endsWith("/");
        assertThat(Browser.location(browser().signIn(username, "a completely new one"))).doesNotContain("error");
    }

    @Test
    void anUnknownPageIsAPageNotFound() {
        HttpResponse<String> missing = signedIn(newUser("hr", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE))).get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
    }

    private Browser signedIn(String username) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
        return browser;
    }
}
