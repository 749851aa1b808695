package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.dashboard.DashboardPages.person;
import static org.atelier.reporting.dashboard.DashboardPages.text;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The management dashboards as a signed-in person opens them, over the real read models. Each test writes its losses
 * into a year of its own, so the tests do not see each other's data.
 */
@DashboardPagesContext
class DashboardPagesIT {

    private static final OidcLoginRequestPostProcessor CEO = person("ceo", "top-management", "MANAGEMENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectingLosses losses;

    @Autowired
    ClaimFacts claimFacts;

    @Autowired
    InterviewFacts interviewFacts;

    @Test
    void theOverviewShowsTheYearsKeyLossesAndTheStaffAttitudeShareBesideLastYearsEachLinkingToItsPage() throws Exception {
        // 2031: three key customers lost, one naming staff attitude → 1 / 3 = 3 333 bp, below 27–35 %.
        // 2030: one key customer lost, naming it → 10 000 bp.
        lose(2031, "KEY", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), "logistics");
        lose(2031, "KEY", "LOGISTICS", List.of(), "logistics");
        lose(2031, "KEY", "PRICE_AND_DISCOUNTS", List.of(), null);
        lose(2031, "REGULAR", "STAFF_ATTITUDE", List.of(), "sales");
        lose(2030, "KEY", "STAFF_ATTITUDE", List.of(), "sales");

        String page = send(get("/").param("year", "2031"), CEO).getContentAsString();

        assertThat(text(page, "key-lost-now")).isEqualTo("3");
        assertThat(text(page, "key-lost-then")).isEqualTo("2030: 1");
        assertThat(text(page, "staff-attitude-now")).isEqualTo("33.33%");
        assertThat(text(page, "staff-attitude-band")).isEqualTo("within the article's 27–35 %");
        assertThat(text(page, "staff-attitude-then")).isEqualTo("2030: 100%");
        assertThat(page).contains("href=\"/churn?year=2031&amp;significance=KEY\"").contains("href=\"/pool?year=2031\"");
        assertThat(text(send(get("/").param("year", "2031").param("lang", "ru"), CEO).getContentAsString(), "key-lost-then"))
                .isEqualTo("2030: 1");
    }

    @Test
    void aNumberOnTheChurnPageOpensTheLossesBehindItAndNoOthers() throws Exception {
        String logistics = lose(2032, "KEY", "LOGISTICS", List.of("STAFF_ATTITUDE"), "logistics");
        lose(2032, "REGULAR", "LOGISTICS", List.of(), null);
        String priced = lose(2032, "KEY", "PRICE_AND_DISCOUNTS", List.of("LOGISTICS"), null);

        String churn = send(get("/churn").param("year", "2032").param("significance", "KEY"), CEO).getContentAsString();
        // Key customers of 2032: one with logistics as the primary reason, two naming it at all.
        assertThat(churn).contains("href=\"/churn/losses?year=2032&amp;significance=KEY&amp;primaryReason=LOGISTICS\">1</a>")
                .contains("href=\"/churn/losses?year=2032&amp;significance=KEY&amp;reason=LOGISTICS\">2</a>");

        String list = send(get("/churn/losses").param("year", "2032").param("significance", "KEY").param("reason", "LOGISTICS"), CEO)
                .getContentAsString();

        assertThat(list).contains(logistics).contains(priced).doesNotContain("REGULAR customer");
        assertThat(text(list, "losses-count")).isEqualTo("2 losses");
    }

    @Test
    void theDownloadsWriteThePagesMainTableWithItsFiltersAsCsvAndAsASpreadsheetWithNumbersAsNumbers() throws Exception {
        lose(2037, "KEY", "LOGISTICS", List.of("STAFF_ATTITUDE"), "logistics");
        lose(2037, "REGULAR", "LOGISTICS", List.of(), null);
        String page = send(get("/churn").param("year", "2037").param("significance", "KEY"), CEO).getContentAsString();
        assertThat(page).contains("href=\"/churn/table.csv?year=2037&amp;significance=KEY\"")
                .contains("href=\"/churn/table.xlsx?year=2037&amp;significance=KEY\"");

        MockHttpServletResponse csv = send(get("/churn/table.csv").param("year", "2037").param("significance", "KEY"), CEO);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("churn-2037.csv");
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new java.io.StringReader(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).values()).containsExactly("Reason", "Losses with it as the primary reason", "Losses naming it");
        // The key customers only: logistics primary once, staff attitude named once; the regular customer's loss is filtered out.
        assertThat(records).anySatisfy(row -> assertThat(row.values()).containsExactly("Logistics", "1", "1"));
        assertThat(records).anySatisfy(row -> assertThat(row.values()).containsExactly("Improper attitude of staff", "0", "1"));

        MockHttpServletResponse xlsx = send(get("/churn/table.xlsx").param("year", "2037").param("significance", "KEY").param("lang", "ru"), CEO);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Причина");
            org.apache.poi.ss.usermodel.Row logistics = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if ("Логистика".equals(row.getCell(0).getStringCellValue())) {
                    logistics = row;
                }
            }
            assertThat(logistics).as("the logistics row, named in Russian").isNotNull();
            assertThat(logistics.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
        assertThat(send(get("/churn/table.pdf").param("year", "2037"), CEO).getStatus()).isEqualTo(400);
    }

    @Test
    void theDashboardsAreRefusedToAnEmployeeWithAReadablePage() throws Exception {
        MockHttpServletResponse refused = send(get("/churn"), person("clerk", "sales", "EMPLOYEE"));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("id=\"refused\"").contains("top management, finance, department heads");
    }

    @Test
    void aFilterThatCannotBeShownIsAReadable400() throws Exception {
        for (String[] bad : List.of(new String[] {"year", "twenty"}, new String[] {"year", "1200"}, new String[] {"quarter", "5"},
                new String[] {"significance", "VIP"})) {
            MockHttpServletResponse page = send(get("/churn").param(bad[0], bad[1]), CEO);

            assertThat(page.getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(page.getContentAsString()).as(bad[0]).contains("id=\"bad-filter\"").contains(bad[1]);
        }
    }

    @Test
    void thePoolPageSaysThatThePlanIsMissingAndWhoSetsItAndTheWhatIfRecomputesWithoutStoring() throws Exception {
        String page = send(get("/pool").param("year", "2033"), CEO).getContentAsString();
        assertThat(page).contains("id=\"no-plan\"").contains("Finance sets it");
        assertThat(page).doesNotContain("id=\"whatif-table\"");

        String whatIf = send(get("/pool").param("year", "2033").param("gateRule", "PREVIOUS_YEAR").param("headcount", "10"), CEO)
                .getContentAsString();
        assertThat(whatIf).contains("id=\"whatif-table\"");
        assertThat(send(get("/pool").param("year", "2033"), CEO).getContentAsString()).doesNotContain("id=\"whatif-table\"");

        MockHttpServletResponse refused = send(get("/pool").param("year", "2033").param("revenue", "12.345").param("headcount", "-1"), CEO);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("id=\"whatif-errors\"").contains("at most two decimals")
                .contains("a whole number of zero or more").contains("value=\"12.345\"");
    }

    @Test
    void aHeadSeesTheirOwnDepartmentsScorecardWithTheLossesThatBlamedItAndIsRefusedAnothers() throws Exception {
        // 2035: two losses, one blaming logistics.
        lose(2035, "KEY", "LOGISTICS", List.of(), "logistics");
        lose(2035, "REGULAR", "PRICE_AND_DISCOUNTS", List.of(), null);
        OidcLoginRequestPostProcessor head = person("logistics-head", "logistics", "DEPARTMENT_HEAD");

        MockHttpServletResponse landing = send(get("/scorecard").param("year", "2035"), head);
        assertThat(landing.getRedirectedUrl()).isEqualTo("/scorecard/logistics?year=2035");

        String own = send(get("/scorecard/logistics").param("year", "2035"), head).getContentAsString();
        assertThat(text(own, "scorecard-title")).isEqualTo("Scorecard: Logistics");
        assertThat(text(own, "losses-naming-it")).isEqualTo("1");
        assertThat(own).contains("href=\"/churn/losses?year=2035&amp;department=logistics\"");
        assertThat(text(send(get("/scorecard/logistics").param("year", "2035").param("lang", "ru"), head).getContentAsString(),
                "scorecard-title")).isEqualTo("Карточка: Логистика");

        MockHttpServletResponse other = send(get("/scorecard/sales").param("year", "2035"), head);
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentAsString()).contains("their own department only");
        assertThat(send(get("/scorecard/sales").param("year", "2035"), CEO).getStatus()).isEqualTo(200);
        assertThat(send(get("/scorecard").param("year", "2035"), CEO).getContentAsString()).contains("id=\"scorecard-sales\"");
    }

    @Test
    void aNumberOnTheClaimsPageOpensTheClaimsBehindItAndAHeadOpensOnlyTheirOwnDepartments() throws Exception {
        // 2041: X sales → logistics upheld, Y sales → logistics rejected, Z logistics → sales still open.
        // Filed 3; logistics received 2, one of them upheld against it.
        claim("X", "sales", "logistics", "UPHELD");
        claim("Y", "sales", "logistics", "REJECTED");
        claim("Z", "logistics", "sales", null);

        String page = send(get("/claims").param("year", "2041"), CEO).getContentAsString();
        assertThat(page).contains("href=\"/claims/list?year=2041&amp;count=filed\">3</a>")
                .contains("href=\"/claims/list?year=2041&amp;count=asRespondent.upheld&amp;department=logistics\">1</a>")
                .contains("href=\"/claims/list?year=2041&amp;count=received&amp;department=logistics\">2</a>");

        String filed = send(get("/claims/list").param("year", "2041").param("count", "filed"), CEO).getContentAsString();
        assertThat(text(filed, "claims-count")).isEqualTo("3 items");
        assertThat(org.jsoup.Jsoup.parse(filed).select("#claim-list tbody tr")).hasSize(3);
        String upheld = send(get("/claims/list").param("year", "2041").param("count", "asRespondent.upheld")
                .param("department", "logistics").param("lang", "ru"), CEO).getContentAsString();
        assertThat(text(upheld, "claims-count")).isEqualTo("Всего: 1");
        assertThat(org.jsoup.Jsoup.parse(upheld).select("#claim-list tbody tr td").eachText()).contains("Отдел продаж", "Логистика", "100,00 ₽",
                "Удовлетворена");

        // The money: 100.00 deducted from logistics by X alone, which the list adds up to.
        assertThat(page).contains("href=\"/claims/list?year=2041&amp;count=deducted&amp;department=logistics\"");
        String deducted = send(get("/claims/list").param("year", "2041").param("count", "deducted").param("department", "logistics"),
                CEO).getContentAsString();
        assertThat(text(deducted, "claims-count")).isEqualTo("One item");
        assertThat(org.jsoup.Jsoup.parse(deducted).select("#claims-sum-RUB td").eachText()).first().asString().contains("100.00");
        assertThat(send(get("/pool").param("year", "2041"), CEO).getContentAsString())
                .contains("href=\"/claims/list?year=2041&amp;count=sentToThePool\"");

        OidcLoginRequestPostProcessor head = person("logistics-head", "logistics", "DEPARTMENT_HEAD");
        assertThat(send(get("/scorecard/logistics").param("year", "2041"), head).getContentAsString())
                .contains("href=\"/claims/list?year=2041&amp;count=received&amp;department=logistics\">2</a>")
                .contains("href=\"/claims/list?year=2041&amp;count=asRespondent.upheld&amp;department=logistics\">1</a>");
        assertThat(send(get("/pool").param("year", "2041"), head).getContentAsString()).doesNotContain("id=\"from-claims\"");
        String received = send(get("/claims/list").param("year", "2041").param("count", "received").param("department", "logistics"),
                head).getContentAsString();
        assertThat(text(received, "claims-count")).isEqualTo("2 items");
        assertThat(send(get("/claims").param("year", "2041"), head).getContentAsString())
                .doesNotContain("count=filed\"").contains("count=received&amp;department=logistics");
        for (MockHttpServletRequestBuilder notTheirs : List.of(
                get("/claims/list").param("year", "2041").param("count", "received").param("department", "sales"),
                get("/claims/list").param("year", "2041").param("count", "filed"))) {
            MockHttpServletResponse refused = send(notTheirs, head);
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains("their own department&#39;s numbers only");
        }
        MockHttpServletResponse bad = send(get("/claims/list").param("year", "2041").param("count", "everything"), CEO);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("id=\"bad-filter\"");
    }

    @Test
    void aStepOfTheExitRoundsFunnelOpensTheCasesBehindIt() throws Exception {
        // 2042: two cases opened; one completed by interview, naming logistics; the other still open.
        String done = UUID.randomUUID().toString();
        String waiting = UUID.randomUUID().toString();
        LocalDate lostOn = LocalDate.of(2042, 5, 1);
        interviewFacts.addAllOnce(List.of(
                InterviewFact.of(UUID.randomUUID().toString(), "case-" + done, InterviewFact.Kind.OPENED, done, lostOn),
                InterviewFact.of(UUID.randomUUID().toString(), "case-" + waiting, InterviewFact.Kind.OPENED, waiting, lostOn),
                new InterviewFact(UUID.randomUUID().toString(), "case-" + done, InterviewFact.Kind.COMPLETED, done, lostOn, "INTERVIEW",
                        "LOGISTICS", List.of("LOGISTICS"), List.of("logistics"))));

        String page = send(get("/exit-interviews").param("year", "2042"), CEO).getContentAsString();
        assertThat(page).contains("href=\"/exit-interviews/cases?year=2042&amp;step=opened\">2</a>")
                .contains("href=\"/exit-interviews/cases?year=2042&amp;step=completed\">1</a>");

        String completed = send(get("/exit-interviews/cases").param("year", "2042").param("step", "completed"), CEO).getContentAsString();
        assertThat(text(completed, "cases-count")).isEqualTo("One case");
        assertThat(org.jsoup.Jsoup.parse(completed).select("#case-list tbody tr td").eachText()).contains("Completed by interview", "Logistics");
        String opened = send(get("/exit-interviews/cases").param("year", "2042").param("step", "opened").param("lang", "ru"), CEO)
                .getContentAsString();
        assertThat(text(opened, "cases-count")).isEqualTo("Всего случаев: 2");
        MockHttpServletResponse bad = send(get("/exit-interviews/cases").param("year", "2042").param("step", "lost"), CEO);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("id=\"bad-filter\"");
    }

    @Test
    void theChurnPageNarrowsToTheLossesNamingOneDepartmentAndItsNumbersOpenThoseLosses() throws Exception {
        // 2045: A names logistics; B names sales and logistics; C names sales. Naming logistics: A and B, of which B
        // also names sales — so under the logistics filter, sales' cell counts 1 and opens B alone.
        loseNaming(2045, "KEY", "LOGISTICS", List.of(), List.of("logistics"));
        loseNaming(2045, "KEY", "PRICE_AND_DISCOUNTS", List.of(), List.of("sales", "logistics"));
        loseNaming(2045, "REGULAR", "PRICE_AND_DISCOUNTS", List.of(), List.of("sales"));

        String page = send(get("/churn").param("year", "2045").param("department", "logistics"), CEO).getContentAsString();
        assertThat(text(page, "lost-total")).startsWith("2 ");
        assertThat(org.jsoup.Jsoup.parse(page).select("#filter-department option[selected]").eachAttr("value")).containsExactly("logistics");
        assertThat(page).contains("department=logistics&amp;atFault=sales\">1</a>")
                .contains("href=\"/churn/table.csv?year=2045&amp;department=logistics\"");
        String sales = send(get("/churn/losses").param("year", "2045").param("department", "logistics").param("atFault", "sales"), CEO)
                .getContentAsString();
        assertThat(text(sales, "losses-count")).isEqualTo("One loss");
        assertThat(text(send(get("/churn").param("year", "2045"), CEO).getContentAsString(), "lost-total")).startsWith("3 ");

        OidcLoginRequestPostProcessor head = person("sales-head", "sales", "DEPARTMENT_HEAD");
        org.jsoup.nodes.Document ofTheHead = org.jsoup.Jsoup.parse(send(get("/churn").param("year", "2045"), head).getContentAsString());
        assertThat(ofTheHead.select("#filter-department option").eachAttr("value")).as("any, or their own").containsExactly("", "sales");
        assertThat(text(send(get("/churn").param("year", "2045").param("department", "sales"), head).getContentAsString(), "lost-total"))
                .startsWith("2 ");
        for (MockHttpServletRequestBuilder another : List.of(get("/churn").param("year", "2045").param("department", "logistics"),
                get("/churn/losses").param("year", "2045").param("atFault", "logistics"),
                get("/churn/table.csv").param("year", "2045").param("department", "logistics"))) {
            MockHttpServletResponse refused = send(another, head);
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentAsString()).contains("to their own department only");
        }

        MockHttpServletResponse unknown = send(get("/churn").param("year", "2045").param("department", "janitors"), CEO);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("id=\"bad-filter\"").contains("janitors");
    }

    @Test
    void everyOtherTableOfThePagesDownloadsAsCsvAndXlsxWithItsRowsNamedAsThePageNamesThem() throws Exception {
        // 2047: two losses (one key, naming logistics, gone to a rival), an opened case, a claim upheld against logistics.
        loseNaming(2047, "KEY", "STAFF_ATTITUDE", List.of(), List.of("logistics"));
        lose(2047, "REGULAR", "PRICE_AND_DISCOUNTS", List.of(), null);
        String customer = UUID.randomUUID().toString();
        interviewFacts.addAllOnce(List.of(InterviewFact.of(UUID.randomUUID().toString(), "case-" + customer, InterviewFact.Kind.OPENED,
                customer, LocalDate.of(2047, 3, 1))));
        String claim = "C-" + UUID.randomUUID();
        claimFacts.addAllOnce(List.of(
                new ClaimFact(UUID.randomUUID().toString(), claim, ClaimFact.Kind.CLAIM_FILED, "sales", "logistics", LocalDate.of(2047, 2, 1),
                        2047, null, null, 0, 0, 0, 0, null),
                new ClaimFact(UUID.randomUUID().toString(), claim, ClaimFact.Kind.CLAIM_DECIDED, "sales", "logistics",
                        LocalDate.of(2047, 3, 1), 2047, "UPHELD", "RUB", 10_000, 5_000, 5_000, 0, null)));

        int downloads = 0;
        for (String path : List.of("/churn", "/exit-interviews", "/claims", "/pool", "/scorecard/logistics")) {
            for (String language : List.of("en", "ru")) {
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(send(get(path).param("year", "2047").param("lang", language), CEO)
                        .getContentAsString());
                for (org.jsoup.nodes.Element link : page.select("p.downloads a[id$=-csv]")) {
                    String table = link.id().substring(0, link.id().length() - "-csv".length());
                    if (!link.attr("href").contains("table=")) {
                        continue;
                    }
                    org.jsoup.nodes.Element shown = page.getElementById(table.startsWith("money-table") ? "money-table" : table);
                    assertThat(shown).as(path + " " + table).isNotNull();
                    List<String> rowNames = shown.select("tbody tr > th").eachText();

                    MockHttpServletResponse csv = send(get(link.attr("href")).param("lang", language), CEO);
                    assertThat(csv.getStatus()).as(link.attr("href")).isEqualTo(200);
                    List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                            new java.io.StringReader(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))).getRecords();
                    List<String> written = records.subList(1, records.size()).stream().map(row -> row.get(0)).toList();
                    assertThat(written).as(link.attr("href") + ": a row per row of the page").hasSameSizeAs(rowNames);
                    // The pool's first row on the page also says the share and the growth it is of; the file has them as numbers.
                    int from = table.equals("pool-table") ? 1 : 0;
                    assertThat(written.subList(from, written.size())).as(link.attr("href") + ": the rows as the page names them")
                            .isEqualTo(rowNames.subList(from, rowNames.size()));

                    MockHttpServletResponse xlsx = send(get(page.getElementById(table + "-xlsx").attr("href")).param("lang", language), CEO);
                    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                            new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
                        assertThat(book.getSheetAt(0).getLastRowNum()).as(table + " xlsx rows").isEqualTo(rowNames.size());
                        assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(records.get(0).get(0));
                    }
                    downloads++;
                }
            }
        }
        assertThat(downloads).as("staff attitude, departments, competitors, funnel, outcomes, money, pool parts, the scorecard's money — twice")
                .isGreaterThanOrEqualTo(14);
        // The scorecard's own table: a number a row, as its page shows them.
        List<org.apache.commons.csv.CSVRecord> card = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(
                send(get("/scorecard/logistics/table.csv").param("year", "2047"), CEO).getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(card).hasSize(12);
        assertThat(card).anySatisfy(row -> assertThat(row.values()).containsExactly("Claims received", "1"));
        assertThat(send(get("/scorecard/sales/table.csv").param("year", "2047"), person("logistics-head", "logistics", "DEPARTMENT_HEAD"))
                .getStatus()).as("another department's scorecard").isEqualTo(403);
        MockHttpServletResponse unknown = send(get("/churn/table.csv").param("year", "2047").param("table", "secrets"), CEO);
        assertThat(unknown.getStatus()).isEqualTo(400);
    }

    @Test
    void withoutACampaignTheMatrixAndTheSuitSayWhatIsMissingAndWhoSuppliesIt() throws Exception {
        assertThat(send(get("/matrix"), CEO).getContentAsString()).contains("id=\"empty\"").contains("Top management opens one");
        assertThat(send(get("/who-sewed-the-suit").param("year", "2036"), CEO).getContentAsString())
                .contains("id=\"no-closed-campaign\"").contains("Top management opens and closes campaigns");
        assertThat(text(send(get("/").param("year", "2036"), CEO).getContentAsString(), "matrix-none")).contains("No matrix campaign yet");
    }

    @Test
    void theChurnAndSuitPagesOfferTheQuarterAndKeepTheOneChosen() throws Exception {
        for (String path : List.of("/churn", "/who-sewed-the-suit")) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(send(get(path).param("year", "2038").param("quarter", "3"), CEO)
                    .getContentAsString());

            assertThat(page.select("#filter-quarter option").eachAttr("value")).as(path).containsExactly("", "1", "2", "3", "4");
            assertThat(page.select("#filter-quarter option[selected]").eachAttr("value")).as(path).containsExactly("3");
        }
    }

    @Test
    void everyDashboardAnswersInBothLanguages() throws Exception {
        for (String path : List.of("/", "/churn", "/exit-interviews", "/claims", "/pool", "/churn/losses", "/claims/list?count=filed",
                "/exit-interviews/cases?step=opened",
                "/scorecard", "/scorecard/sales", "/matrix", "/who-sewed-the-suit")) {
            for (String language : List.of("en", "ru")) {
                MockHttpServletResponse page = send(get(path).param("year", "2034").param("lang", language), CEO);

                assertThat(page.getStatus()).as(path + " " + language).isEqualTo(200);
                assertThat(page.getContentAsString()).as(path).contains("data-kit-layout").doesNotContain("??");
                if (!List.of("/churn/losses", "/scorecard", "/matrix").contains(path) && !path.contains("?")) {
                    assertThat(page.getContentAsString()).as(path + " says how fresh it is").contains("id=\"freshness-table\"")
                            .contains("atelier.identity.events");
                }
            }
        }
    }

    private String lose(int year, String significance, String primary, List<String> others, String department) {
        return loseNaming(year, significance, primary, others, department == null ? List.of() : List.of(department));
    }

    private String loseNaming(int year, String significance, String primary, List<String> others, List<String> departments) {
        String name = significance + " customer " + UUID.randomUUID().toString().substring(0, 8);
        List<String> reasons = new java.util.ArrayList<>(List.of(primary));
        others.stream().filter(reason -> !reason.equals(primary)).forEach(reasons::add);
        losses.apply(new LostCustomer(UUID.randomUUID().toString(), UUID.randomUUID().toString(), name, significance, "Rival",
                LocalDate.of(year, 3, 1), primary, reasons, departments, Instant.now()));
        return name;
    }

    private void claim(String item, String from, String to, String outcome) {
        String id = item + "-" + UUID.randomUUID();
        claimFacts.addAllOnce(List.of(new ClaimFact(UUID.randomUUID().toString(), id, ClaimFact.Kind.CLAIM_FILED, from, to,
                LocalDate.of(2041, 2, 1), 2041, null, null, 0, 0, 0, 0, null)));
        if (outcome != null) {
            boolean upheld = "UPHELD".equals(outcome);
            claimFacts.addAllOnce(List.of(new ClaimFact(UUID.randomUUID().toString(), id, ClaimFact.Kind.CLAIM_DECIDED, from, to,
                    LocalDate.of(2041, 3, 1), 2041, outcome, "RUB", upheld ? 10_000 : 0, upheld ? 5_000 : 0, upheld ? 5_000 : 0, 0, null)));
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }
}
