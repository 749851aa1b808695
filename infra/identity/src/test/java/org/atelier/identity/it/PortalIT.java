package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The portal links each person to the UIs and the pages of them their roles let them open, and to no other. */
class PortalIT extends RunningProvider {

    @Test
    void aDepartmentHeadIsLinkedToTheScorecardsAndTheMeetingsButNotToManagementsOrAdminsPages() {
        Document portal = portalOf(newUser("logistics", ManagementLevel.DIVISION_HEAD, EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD)));

        assertThat(portal.select(".card h3").eachText()).contains("Reports", "Claims and commendations", "Surveys");
        assertThat(shortcuts(portal)).contains("Department scorecards", "Heads' meetings", "My surveys")
                .doesNotContain("Responsibility-matrix campaigns", "The matrix's task catalogue", "Plans and results");
        assertThat(portal.select(".shortcuts a:contains(Department scorecards)").attr("href")).endsWith("/scorecard");
    }

    @Test
    void anEmployeeSeesTheirSurveysAndNoReportsNorAnyoneElsesPages() {
        Document portal = portalOf(newUser("sales", ManagementLevel.COMMERCIAL_STAFF, EnumSet.of(Role.EMPLOYEE)));

        assertThat(portal.select(".card h3").eachText()).doesNotContain("Reports");
        assertThat(shortcuts(portal)).containsExactly("My surveys");
    }

    @Test
    void financeIsLinkedToThePlansAndThePoolAndAnAdminToTheTaskCatalogue() {
        assertThat(shortcuts(portalOf(newUser("finance", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.FINANCE)))))
                .contains("Plans and results", "The annual bonus pool").doesNotContain("The matrix's task catalogue");
        assertThat(shortcuts(portalOf(newUser("it", ManagementLevel.TOP_MANAGEMENT, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)))))
                .contains("The matrix's task catalogue").doesNotContain("Responsibility-matrix campaigns");
    }

    private Document portalOf(String username) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
        return Jsoup.parse(browser.get("/?lang=en").body());
    }

    private static List<String> shortcuts(Document portal) {
        return portal.select(".shortcuts a").eachText();
    }
}
