package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.dashboard.DashboardPages.person;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every dashboard page and download, with hostile values in every filter any page takes and in the path: each answers
 * a page of its own (the view, or a readable 400/404) and never an error page, a stack trace or the value unescaped.
 * The same context as the dashboards' page tests, so it is started once.
 */
@DashboardPagesContext
class DashboardsHostileInputIT {

    private static final OidcLoginRequestPostProcessor CEO = person("ceo", "top-management", "MANAGEMENT");

    private static final List<String> PAGES = List.of("/", "/churn", "/churn/losses", "/exit-interviews", "/claims", "/claims/list",
            "/pool", "/matrix", "/who-sewed-the-suit", "/scorecard", "/scorecard/sales", "/churn/table.csv", "/churn/table.xlsx",
            "/exit-interviews/table.csv", "/claims/table.xlsx", "/pool/table.csv", "/who-sewed-the-suit/table.csv", "/scorecard/sales/table.csv");

    private static final List<String> FILTERS = List.of("year", "quarter", "significance", "reason", "primaryReason", "department",
            "competitor", "count", "level", "gateRule", "revenue", "margin", "loyalCustomers", "loyalKeyCustomers", "headcount",
            "marginGrowthShare", "lang");

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static final List<String> HOSTILE = List.of("abc", "-1", "1e10000000", "99999999999999999999", "",
            "' OR '1'='1", "{\"$gt\":\"\"}", "x".repeat(5_000), "2026\u0000", "../../etc/passwd", "%00");

    private static final Set<Integer> ANSWERED = Set.of(200, 400, 404);

    @Autowired
    MockMvc mvc;

    @Test
    void everyFilterOfEveryPageTakesHostileValuesAndAnswersAReadablePage() throws Exception {
        // Every filter of every page gets the script and two more of the values, turn by turn, so that every value
        // reaches every filter on some page without sending every combination.
        for (int p = 0; p < PAGES.size(); p++) {
            String page = PAGES.get(p);
            for (int f = 0; f < FILTERS.size(); f++) {
                String filter = FILTERS.get(f);
                List<String> values = List.of(SCRIPT, HOSTILE.get((p + f) % HOSTILE.size()), HOSTILE.get((p + f + 1) % HOSTILE.size()));
                for (String hostile : values) {
                    MockHttpServletResponse response = mvc.perform(get(page).param(filter, hostile).with(CEO)).andReturn().getResponse();

                    String what = page + "?" + filter + "=" + abbreviated(hostile);
                    assertThat(response.getStatus()).as(what).isIn(ANSWERED);
                    assertThat(response.getContentAsString()).as(what).doesNotContain(SCRIPT).doesNotContain("Exception")
                            .doesNotContain("Whitelabel");
                }
            }
        }
    }

    @Test
    void hostilePathsAreAReadableNotFoundOrRefusalNeverAnError() throws Exception {
        for (String hostile : List.of("abc", "%3Cscript%3E", "00000000-0000-0000-0000-000000000000", "x".repeat(300), "..%2F..")) {
            for (String path : List.of("/matrix/" + hostile, "/matrix/" + hostile + "/table.csv", "/scorecard/" + hostile,
                    "/scorecard/" + hostile + "/table.csv",
                    "/churn/table." + hostile)) {
                MockHttpServletResponse response = mvc.perform(get(path).with(CEO)).andReturn().getResponse();

                assertThat(response.getStatus()).as(path).isIn(200, 400, 403, 404);
                assertThat(response.getContentAsString()).as(path).doesNotContain("<script>").doesNotContain("Exception");
            }
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
