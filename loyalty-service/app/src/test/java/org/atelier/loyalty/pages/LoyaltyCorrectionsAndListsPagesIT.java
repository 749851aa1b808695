package org.atelier.loyalty.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.loyalty.pages.LoyaltyPagesOnTheKitIT.person;
import static org.atelier.loyalty.pages.LoyaltyPagesOnTheKitIT.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The loyalty pages' corrections, warnings and lists: reversing a purchase and withdrawing a loss from the card, results
 * re-recorded on /plans only with a confirmation and kept as revisions, a duplicate name or INN told on the new-customer
 * form, and a customer list that searches, filters and sorts as a sales team expects. (Same context as
 * {@link LoyaltyPagesIT}.)
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_pages_it",
        "atelier.topics.loyalty=it.loyalty-pages.loyalty.events"})
@AutoConfigureMockMvc
class LoyaltyCorrectionsAndListsPagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Each test's plan year, so tests sharing the database never meet. */
    private static final AtomicInteger YEARS = new AtomicInteger(2040 + ThreadLocalRandom.current().nextInt(40));

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private ApiClient sales;
    private String name;
    private String customerId;
    private String purchaseId;

    @BeforeEach
    void aCustomerWithAPurchase() {
        sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        name = "Ladoga Timber " + UUID.randomUUID().toString().substring(0, 8);
        customerId = sales.postJson("/api/customers", "{\"name\":\"" + name + "\",\"significance\":\"KEY\"}").json().get("id").asString();
        purchaseId = sales.postJson("/api/customers/" + customerId + "/purchases",
                        "{\"amountMinor\":1250000,\"currency\":\"RUB\",\"date\":\"" + TODAY + "\",\"contractReference\":\"C-77\"}")
                .json().get("purchases").get(0).get("purchaseId").asString();
    }

    // -- corrections on the card

    @Test
    void aHeadOfSalesReversesAPurchaseWithAReasonAndTheCardMarksItAndTellsWhoAndWhy() throws Exception {
        String employeesCard = send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString();
        String headsCard = send(get("/customers/" + customerId), head()).getContentAsString();
        assertThat(employeesCard).contains("id=\"purchases\"").doesNotContain("id=\"reverse-" + purchaseId + "\"");
        assertThat(headsCard).contains("id=\"reverse-" + purchaseId + "\"").as("a refusal leads the browser back to the row's form")
                .contains("action=\"/customers/" + customerId + "/purchases/" + purchaseId + "/reversal#reverse-" + purchaseId + "-errors\"");

        MockHttpServletResponse noReason = send(post("/customers/" + customerId + "/purchases/" + purchaseId + "/reversal")
                .param("reason", " "), head());
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(section(noReason.getContentAsString(), "reverse-" + purchaseId)).contains("Say why the record was a mistake")
                .contains("aria-invalid=\"true\"");
        assertThat(sales.get("/api/customers/" + customerId).json().get("purchaseReversals").size()).isZero();

        MockHttpServletResponse reversed = send(post("/customers/" + customerId + "/purchases/" + purchaseId + "/reversal")
                .param("reason", "Entered twice by mistake"), head());
        assertThat(reversed.getStatus()).isEqualTo(302);

        String english = send(get("/customers/" + customerId), head()).getContentAsString();
        assertThat(english).as("its points taken back").contains("id=\"points-spendable\">0<");
        assertThat(section(english, "purchases")).contains("class=\"reversed\"").contains("Reversed")
                .doesNotContain("id=\"reverse-" + purchaseId + "\"");
        String timeline = english.substring(english.indexOf("id=\"timeline\""));
        assertThat(timeline).contains("Purchase of RUB\u00a012,500.00 (C-77) reversed by sales-person").contains("Entered twice by mistake");
        String russian = send(get("/customers/" + customerId).param("lang", "ru"), head()).getContentAsString();
        assertThat(russian.substring(russian.indexOf("id=\"timeline\""))).contains("Покупка на 12\u00a0500,00\u00a0₽ (C-77) отменена: sales-person");
    }

    @Test
    void aForgedReversalOrWithdrawalBySomeoneWhoMayNotCorrectIsRefusedReadably() throws Exception {
        MockHttpServletResponse reversal = send(post("/customers/" + customerId + "/purchases/" + purchaseId + "/reversal")
                .param("reason", "Because"), person("sales", "EMPLOYEE"));
        sales.postJson("/api/customers/" + customerId + "/loss", "{\"competitor\":\"Rival\",\"reasons\":[{\"code\":\"ASSORTMENT\",\"primary\":true}]}");
        MockHttpServletResponse withdrawal = send(post("/customers/" + customerId + "/loss/withdrawal").param("reason", "Because"),
                person("sales", "EMPLOYEE"));

        for (MockHttpServletResponse refused : new MockHttpServletResponse[] {reversal, withdrawal}) {
            assertThat(refused.getStatus()).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("text/html");
            assertThat(refused.getContentAsString()).contains("id=\"error\"").contains("Only heads of sales or marketing");
        }
        var customer = sales.get("/api/customers/" + customerId).json();
        assertThat(customer.get("purchaseReversals").size()).isZero();
        assertThat(customer.get("status").asString()).isEqualTo("LOST");
    }

    @Test
    void aHeadOfSalesWithdrawsAMistakenLossWithAReasonAndTheTimelineKeepsBoth() throws Exception {
        sales.postJson("/api/customers/" + customerId + "/loss", "{\"competitor\":\"Rival Mills\",\"reasons\":[{\"code\":\"ASSORTMENT\",\"primary\":true}]}");
        assertThat(send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString()).doesNotContain("id=\"withdraw-loss-form\"");
        assertThat(send(get("/customers/" + customerId), head()).getContentAsString()).contains("id=\"withdraw-loss-form\"");

        MockHttpServletResponse noReason = send(post("/customers/" + customerId + "/loss/withdrawal").param("reason", ""), head());
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(section(noReason.getContentAsString(), "withdraw-loss-form")).contains("Say why the record was a mistake")
                .contains("id=\"withdraw-reason-error\"");
        assertThat(sales.get("/api/customers/" + customerId).json().get("status").asString()).isEqualTo("LOST");

        assertThat(send(post("/customers/" + customerId + "/loss/withdrawal").param("reason", "Wrong customer"), head()).getStatus()).isEqualTo(302);

        String card = send(get("/customers/" + customerId), head()).getContentAsString();
        assertThat(card).contains("id=\"status\">Active<").doesNotContain("id=\"withdraw-loss-form\"");
        String timeline = card.substring(card.indexOf("id=\"timeline\""));
        assertThat(timeline).contains("Loss to Rival Mills withdrawn by sales-person").contains("Wrong customer").contains("Left for Rival Mills");
        String russian = send(get("/customers/" + customerId).param("lang", "ru"), head()).getContentAsString();
        assertThat(russian.substring(russian.indexOf("id=\"timeline\""))).contains("Уход к Rival Mills отозван: sales-person");
    }

    // -- plan and results

    @Test
    void plansComparesPlanAndResultsPerIndicatorFormattedAndSaysSoAfterSaving() throws Exception {
        int year = YEARS.getAndIncrement();
        plan(year, "1000000.00", "200000.00", "5");
        MvcResult recorded = mvc.perform(post("/plans/results").param("year", String.valueOf(year)).param("currency", "RUB")
                .param("revenue", "1100000.00").param("margin", "150000.00").param("headcount", "6").with(finance()).with(csrf())).andReturn();
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/plans?year=" + year);
        String afterSaving = mvc.perform(get("/plans").param("year", String.valueOf(year)).flashAttrs(recorded.getFlashMap())
                .with(finance())).andReturn().getResponse().getContentAsString();
        assertThat(afterSaving).contains("id=\"done\"").contains("The results of " + year + " are recorded.");

        String page = send(get("/plans").param("year", String.valueOf(year)), finance()).getContentAsString();
        String comparison = page.substring(page.indexOf("id=\"comparison\""), page.indexOf("</table>", page.indexOf("id=\"comparison\"")));
        assertThat(comparison).contains("RUB\u00a01,000,000.00").contains("RUB\u00a01,100,000.00").contains("+RUB\u00a0100,000.00")
                .contains("−RUB\u00a050,000.00").contains("id=\"reached-REVENUE\"").contains("Reached").contains("Not reached");
        String russian = send(get("/plans").param("year", String.valueOf(year)).param("lang", "ru"), finance()).getContentAsString();
        assertThat(russian).contains("1\u00a0100\u00a0000,00\u00a0₽").contains("Достигнут");
    }

    @Test
    void resultsRecordedAgainAreRefusedAtTheConfirmationUntilItIsTickedAndEveryRevisionIsKept() throws Exception {
        int year = YEARS.getAndIncrement();
        plan(year, "1000000.00", "200000.00", "5");
        results(year, "1100000.00", "150000.00", "6", null);

        String before = send(get("/plans").param("year", String.valueOf(year)), finance()).getContentAsString();
        String form = section(before, "results-form");
        assertThat(form).contains("id=\"replaces-revision\"").contains("value=\"1\"").contains("RUB\u00a01,100,000.00");

        MockHttpServletResponse unconfirmed = results(year, "1200000.00", "150000.00", "6", null);
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        String refused = section(unconfirmed.getContentAsString(), "results-form");
        assertThat(refused).contains("id=\"replaces-revision-error\"").contains("confirm that you replace revision 1")
                .contains("aria-invalid=\"true\"");
        assertThat(comparison(year)).contains("RUB\u00a01,100,000.00").doesNotContain("RUB\u00a01,200,000.00");

        assertThat(results(year, "1200000.00", "150000.00", "6", "1").getStatus()).isEqualTo(302);
        String after = send(get("/plans").param("year", String.valueOf(year)), finance()).getContentAsString();
        assertThat(comparison(year)).contains("RUB\u00a01,200,000.00");
        String history = after.substring(after.indexOf("id=\"revisions\""), after.indexOf("</table>", after.indexOf("id=\"revisions\"")));
        assertThat(history).contains("finance-person").contains("RUB\u00a01,100,000.00").contains("RUB\u00a01,200,000.00")
                .contains(">1<").contains(">2<");
    }

    // -- new customer and loss forms

    @Test
    void aDuplicateNameShowsTheMatchesAndRegistersOnlyWhenTheUserSaysSo() throws Exception {
        MockHttpServletResponse warned = send(post("/customers").param("name", name.toUpperCase()).param("significance", "REGULAR"),
                person("sales", "EMPLOYEE"));

        assertThat(warned.getStatus()).isEqualTo(400);
        String form = section(warned.getContentAsString(), "register-form");
        assertThat(form).contains("href=\"/customers/" + customerId + "\"").contains("id=\"acknowledgeDuplicateName\"")
                .contains("already named");

        MockHttpServletResponse anyway = send(post("/customers").param("name", name.toUpperCase()).param("significance", "REGULAR")
                .param("acknowledgeDuplicateName", "true"), person("sales", "EMPLOYEE"));
        assertThat(anyway.getStatus()).isEqualTo(302);
    }

    @Test
    void aTaxIdAlreadyTakenIsRefusedAtItsFieldNamingTheHolder() throws Exception {
        String inn = validInn();
        send(post("/customers/" + customerId + "/profile").param("name", name).param("taxId", inn), person("sales", "EMPLOYEE"));

        MockHttpServletResponse refused = send(post("/customers").param("name", "Other " + name).param("significance", "REGULAR")
                .param("taxId", inn).param("acknowledgeDuplicateName", "true"), person("sales", "EMPLOYEE"));

        assertThat(refused.getStatus()).isEqualTo(400);
        String form = section(refused.getContentAsString(), "register-form");
        String taxIdField = form.substring(form.indexOf("id=\"taxId\""));
        assertThat(taxIdField).contains("id=\"taxId-error\"").contains("href=\"/customers/" + customerId + "\"").contains(name);
    }

    @Test
    void aTenThousandCharacterCompetitorIsRefusedAtItsFieldAndNothingIsRecorded() throws Exception {
        MockHttpServletResponse refused = send(post("/customers/" + customerId + "/loss").param("competitor", "x".repeat(10_000))
                .param("reasons", "ASSORTMENT").param("primaryReason", "ASSORTMENT"), person("sales", "EMPLOYEE"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "loss-form")).contains("id=\"competitor-error\"").contains("At most 200 characters")
                .as("what was typed is sent back no longer than any field accepts").doesNotContain("x".repeat(2001));
        assertThat(sales.get("/api/customers/" + customerId).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    // -- the list

    @Test
    void oneSearchBoxFindsByNameOrTaxIdAndTheManagerFilterIgnoresCase() throws Exception {
        String inn = validInn();
        send(post("/customers/" + customerId + "/profile").param("name", name).param("taxId", inn).param("accountManager", "Olga.Petrova"),
                person("sales", "EMPLOYEE"));

        String byInn = send(get("/customers").param("q", inn.substring(2, 9)), person("sales", "EMPLOYEE")).getContentAsString();
        String byName = send(get("/customers").param("q", name.substring(7).toLowerCase()), person("sales", "EMPLOYEE")).getContentAsString();
        String byManager = send(get("/customers").param("manager", "olga.PETROVA"), person("sales", "EMPLOYEE")).getContentAsString();

        assertThat(byInn).contains(name).contains("Search by name or INN");
        assertThat(byName).contains(name);
        assertThat(byManager).contains(name);
    }

    @Test
    void theListIsSortedByTheColumnHeadersAndABadSortIsToldReadably() throws Exception {
        String sorted = send(get("/customers").param("sort", "name").param("dir", "desc"), person("sales", "EMPLOYEE")).getContentAsString();
        assertThat(sorted).contains("aria-sort=\"descending\"").contains("id=\"sort-name\"").contains("id=\"sort-lastPurchase\"")
                .contains("id=\"sort-registered\"");

        MockHttpServletResponse bad = send(get("/customers").param("sort", "password"), person("sales", "EMPLOYEE"));
        assertThat(bad.getContentType()).startsWith("text/html");
        assertThat(bad.getContentAsString()).contains("data-kit-layout=\"atelier\"").contains("Sort by one of")
                .doesNotContain("\"detail\"");
    }

    private String comparison(int year) throws Exception {
        String page = send(get("/plans").param("year", String.valueOf(year)), finance()).getContentAsString();
        int start = page.indexOf("id=\"comparison\"");
        return page.substring(start, page.indexOf("</table>", start));
    }

    private void plan(int year, String revenue, String margin, String headcount) throws Exception {
        MockHttpServletResponse set = send(post("/plans/plan").param("year", String.valueOf(year)).param("currency", "RUB")
                .param("revenue", revenue).param("margin", margin).param("loyalCustomers", "3").param("loyalKeyCustomers", "1")
                .param("headcount", headcount), finance());
        assertThat(set.getStatus()).isEqualTo(302);
    }

    private MockHttpServletResponse results(int year, String revenue, String margin, String headcount, String replacesRevision) throws Exception {
        MockHttpServletRequestBuilder request = post("/plans/results").param("year", String.valueOf(year)).param("currency", "RUB")
                .param("revenue", revenue).param("margin", margin).param("headcount", headcount);
        if (replacesRevision != null) {
            request.param("replacesRevision", replacesRevision);
        }
        return send(request, finance());
    }

    /** A valid organisation's INN (10 digits, check digit right), different each time. */
    private static String validInn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder digits = new StringBuilder("77");
        for (int i = 0; i < 7; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return digits.append(sum % 11 % 10).toString();
    }

    private static OidcLoginRequestPostProcessor head() {
        return person("sales", "EMPLOYEE", "DEPARTMENT_HEAD");
    }

    private static OidcLoginRequestPostProcessor finance() {
        return person("finance", "FINANCE");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }
}
