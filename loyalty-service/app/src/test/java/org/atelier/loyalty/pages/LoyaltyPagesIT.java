package org.atelier.loyalty.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every loyalty page and form as a signed-in person uses them: each form refused for bad input answers with
 * the reason inside that form, the field at fault marked, what was typed kept, and nothing changed. (The
 * browser test of the whole system drives the same pages in Chromium.)
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_pages_it",
        "atelier.topics.loyalty=it.loyalty-pages.loyalty.events"})
@AutoConfigureMockMvc
class LoyaltyPagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    private String customerId;

    @BeforeEach
    void oneCustomerWithPoints() {
        mongo.getCollection("loyalty_programme").deleteMany(new Document());
        ApiClient sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        customerId = sales.postJson("/api/customers", "{\"name\":\"Onega Paper\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}").json().get("id").asString();
        // 1 000.00 RUB earns 10 points under the starting terms.
        sales.postJson("/api/customers/" + customerId + "/purchases",
                "{\"amountMinor\":100000,\"currency\":\"RUB\",\"date\":\"" + TODAY + "\",\"contractReference\":\"C-1\"}");
    }

    @Test
    void theCardShowsPointsTierAndTheTimeline() throws Exception {
        MockHttpServletResponse card = send(get("/customers/" + customerId), person("sales", "EMPLOYEE"));

        assertThat(card.getStatus()).isEqualTo(200);
        assertThat(card.getContentAsString()).contains("id=\"points-spendable\">10<").contains("Base · 0%")
                .contains("Earned 10 points").contains("id=\"redeem-form\"").contains("id=\"reward-form\"");
    }

    @Test
    void theListShowsEachCustomersTierAndPoints() throws Exception {
        String list = send(get("/customers").param("q", "Onega"), person("logistics", "EMPLOYEE")).getContentAsString();

        assertThat(list).contains("Onega Paper").contains("<td>Base · 0%</td>").contains("<td class=\"number\">10</td>");
    }

    @Test
    void aBadPurchaseIsShownInItsFormWithTheFieldMarkedAndWhatWasTypedKept() throws Exception {
        long version = version();

        MockHttpServletResponse page = send(post("/customers/" + customerId + "/purchases").param("amount", "12500.505")
                .param("currency", "RUB").param("date", TODAY.toString()).param("contractReference", "C-typed"), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        String html = page.getContentAsString();
        assertThat(html).contains("At most 2 decimals").contains("value=\"12500.505\"").contains("value=\"C-typed\"");
        assertThat(section(html, "purchase-form")).contains("class=\"field invalid\"").contains("role=\"alert\"")
                .containsOnlyOnce("aria-invalid=\"true\"");
        assertThat(section(html, "reward-form")).doesNotContain("role=\"alert\"");
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void spendingMorePointsThanTheCustomerHasIsRefusedInTheRedeemFormAndChangesNothing() throws Exception {
        long version = version();

        MockHttpServletResponse page = send(post("/customers/" + customerId + "/redemptions").param("points", "11")
                .param("reference", "INV-1"), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(section(page.getContentAsString(), "redeem-form")).contains("Only 10 points can be spent").contains("class=\"field invalid\"");
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aRefusalIsToldInTheReadersLanguage() throws Exception {
        MockHttpServletResponse page = send(post("/customers/" + customerId + "/redemptions").param("points", "11")
                .param("reference", "INV-1").param("lang", "ru"), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(section(page.getContentAsString(), "redeem-form")).contains("можно списать не больше 10 баллов");
    }

    @Test
    void aRewardAndARedemptionAreRecordedAndTheCardSaysSo() throws Exception {
        MockHttpServletResponse granted = send(post("/customers/" + customerId + "/rewards").param("reward", "Open day at the plant")
                .param("grantedOn", TODAY.toString()).param("reason", "Ten years together"), person("marketing", "EMPLOYEE"));
        MockHttpServletResponse spent = send(post("/customers/" + customerId + "/redemptions").param("points", "4")
                .param("reference", "INV-7"), person("sales", "EMPLOYEE"));

        assertThat(granted.getStatus()).isEqualTo(302);
        assertThat(spent.getStatus()).isEqualTo(302);
        String card = send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString();
        assertThat(card).contains("Reward: Open day at the plant, for Ten years together").contains("Spent 4 points (RUB\u00a04.00) on INV-7")
                .contains("id=\"points-spendable\">6<");
    }

    @Test
    void badLossRewardAndSignificanceFormsAreRefusedInsideThemselvesAndChangeNothing() throws Exception {
        long version = version();

        MockHttpServletResponse loss = send(post("/customers/" + customerId + "/loss").param("competitor", "Rival")
                .param("reasons", "STAFF_ATTITUDE").param("primaryReason", "STAFF_ATTITUDE"), person("sales", "EMPLOYEE"));
        MockHttpServletResponse reward = send(post("/customers/" + customerId + "/rewards").param("reward", " ")
                .param("grantedOn", TODAY.toString()).param("reason", "Thanks"), person("sales", "EMPLOYEE"));
        MockHttpServletResponse significance = send(post("/customers/" + customerId + "/significance").param("significance", "REGULAR")
                .param("reason", ""), person("sales", "EMPLOYEE", "DEPARTMENT_HEAD"));

        assertThat(loss.getStatus()).isEqualTo(400);
        assertThat(section(loss.getContentAsString(), "loss-form")).contains("role=\"alert\"").contains("department")
                .contains("value=\"Rival\"");
        assertThat(reward.getStatus()).isEqualTo(400);
        assertThat(section(reward.getContentAsString(), "reward-form")).contains("Say what the reward is").contains("class=\"field invalid\"");
        assertThat(significance.getStatus()).isEqualTo(400);
        assertThat(section(significance.getContentAsString(), "significance-form")).contains("role=\"alert\"");
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void theProfileIsEditedOnTheCardAndABadOneIsRefusedInItsForm() throws Exception {
        long version = version();

        MockHttpServletResponse refused = send(post("/customers/" + customerId + "/profile").param("name", "Onega Paper")
                .param("taxId", "7707083894").param("region", "Karelia"), person("sales", "EMPLOYEE"));

        assertThat(refused.getStatus()).isEqualTo(400);
        String form = section(refused.getContentAsString(), "profile-form");
        assertThat(form).contains("wrong check digit").contains("value=\"Karelia\"").contains("class=\"field invalid\"");
        assertThat(refused.getContentAsString()).contains("<details open");
        assertThat(version()).isEqualTo(version);

        MockHttpServletResponse saved = send(post("/customers/" + customerId + "/profile").param("name", "Onega Paper")
                .param("region", "Karelia").param("department", "sales"), person("sales", "EMPLOYEE"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString())
                .contains("Profile updated (region, managing department) by sales-person");
    }

    @Test
    void aBadNewCustomerKeepsWhatWasTypedAndMarksTheTaxId() throws Exception {
        long before = mongo.getCollection("customers").countDocuments();

        MockHttpServletResponse page = send(post("/customers").param("name", "Typed Name Ltd").param("significance", "KEY")
                .param("taxId", "7707083895"), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("value=\"Typed Name Ltd\"").contains("value=\"7707083895\"")
                .contains("class=\"field invalid\"");
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);
    }

    @Test
    void marketingRevisesTheProgrammeOnItsPageAndBadTiersAreRefused() throws Exception {
        MockHttpServletResponse refused = send(programmeForm(List.of("Silver", "Gold"), List.of("1000", "5000"), List.of("5", "3")),
                person("marketing", "EMPLOYEE"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("gives a smaller discount").contains("value=\"Gold\"");
        assertThat(mongo.getCollection("loyalty_programme").countDocuments()).isZero();

        MockHttpServletResponse saved = send(programmeForm(List.of("Silver", "Gold", ""), List.of("1000", "5000", ""), List.of("3", "6", "")),
                person("marketing", "EMPLOYEE"));

        assertThat(saved.getStatus()).isEqualTo(302);
        String page = send(get("/programme"), person("logistics", "EMPLOYEE")).getContentAsString();
        assertThat(page).contains("2 points for each full RUB\u00a050.00").contains("<td>Gold</td>").doesNotContain("id=\"programme-form\"");
    }

    @Test
    void onlyMarketingMayReviseTheProgramme() throws Exception {
        MockHttpServletResponse refused = send(programmeForm(List.of("Gold"), List.of("0"), List.of("5")), person("sales", "EMPLOYEE",
                "DEPARTMENT_HEAD"));

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Only marketing revises the loyalty programme");
        assertThat(mongo.getCollection("loyalty_programme").countDocuments()).isZero();
    }

    @Test
    void aCustomerThatDoesNotExistIsAPageSayingSoOnTheCardAndOnEveryFormOfIt() throws Exception {
        String unknown = "/customers/00000000-0000-0000-0000-000000000000";
        for (MockHttpServletRequestBuilder request : List.of(get(unknown), post(unknown + "/purchases").param("amount", "1.00"),
                post(unknown + "/loss").param("competitor", "Rival"))) {
            MockHttpServletResponse page = send(request, person("sales", "EMPLOYEE"));

            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(page.getContentAsString()).contains("href=\"/customers\"");
        }
    }

    @Test
    void financeSetsPlansOnItsPageOthersDoNotSeeIt() throws Exception {
        assertThat(send(get("/plans"), person("sales", "EMPLOYEE")).getStatus()).isEqualTo(404);
        assertThat(send(get("/plans"), person("top-management", "MANAGEMENT")).getContentAsString()).doesNotContain("id=\"plan-form\"");

        MockHttpServletResponse refused = send(post("/plans/plan").param("year", "2031").param("currency", "RUB").param("revenue", "1000.00")
                .param("margin", "2000.00").param("loyalCustomers", "10").param("loyalKeyCustomers", "4").param("headcount", "120"),
                person("finance", "FINANCE"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "plan-form")).contains("The margin cannot exceed the revenue")
                .contains("value=\"2000.00\"");
        assertThat(mongo.getCollection("annual_figures").countDocuments(new Document("year", 2031))).isZero();

        MockHttpServletResponse set = send(post("/plans/plan").param("year", "2031").param("currency", "RUB").param("revenue", "1 000 000,50")
                .param("margin", "200000").param("loyalCustomers", "10").param("loyalKeyCustomers", "4").param("headcount", "120"),
                person("finance", "FINANCE"));
        assertThat(set.getStatus()).isEqualTo(302);
        ApiClient.localPort(port).withToken(TestIdentityProvider.user("marketing", "EMPLOYEE").signed())
                .postJson("/api/customers/" + customerId + "/club", "{\"member\":true}");
        String plans = send(get("/plans"), person("finance", "FINANCE")).getContentAsString();
        assertThat(plans).contains("RUB\u00a01,000,000.50");
        long loyal = mongo.getCollection("customers").countDocuments(new Document("loyal", true));
        long loyalKey = mongo.getCollection("customers").countDocuments(new Document("loyal", true).append("significance", "KEY"));
        assertThat(loyalKey).as("the club member is a loyal key customer").isPositive();
        assertThat(plans).contains("Loyal customers today: " + loyal + ", of them key: " + loyalKey + ".");
    }

    @Test
    void thePlanFormSetsThePoolsRulesOrLeavesThemToTheDefault() throws Exception {
        MockHttpServletResponse refused = send(post("/plans/plan").param("year", "2041").param("currency", "RUB").param("revenue", "1000.00")
                .param("margin", "100.00").param("loyalCustomers", "1").param("loyalKeyCustomers", "1").param("headcount", "3")
                .param("gateRule", "SOMETIMES").param("marginGrowthShareBp", "10001"), person("finance", "FINANCE"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "plan-form")).contains("Not one of the choices offered");
        assertThat(mongo.getCollection("annual_figures").countDocuments(new Document("year", 2041))).isZero();
        MockHttpServletResponse tooLarge = send(post("/plans/plan").param("year", "2041").param("currency", "RUB").param("revenue", "1000.00")
                .param("margin", "100.00").param("loyalCustomers", "1").param("loyalKeyCustomers", "1").param("headcount", "3")
                .param("gateRule", "PLAN").param("marginGrowthShareBp", "10001"), person("finance", "FINANCE"));
        assertThat(section(tooLarge.getContentAsString(), "plan-form")).contains("A share from 0 to 10 000 basis points (100 %)");

        MockHttpServletResponse set = send(post("/plans/plan").param("year", "2041").param("currency", "RUB").param("revenue", "1000.00")
                .param("margin", "100.00").param("loyalCustomers", "1").param("loyalKeyCustomers", "1").param("headcount", "3")
                .param("gateRule", "PLAN_AND_PREVIOUS_YEAR").param("marginGrowthShareBp", "1500"), person("finance", "FINANCE"));
        MockHttpServletResponse byDefault = send(post("/plans/plan").param("year", "2042").param("currency", "RUB").param("revenue", "1000.00")
                .param("margin", "100.00").param("loyalCustomers", "1").param("loyalKeyCustomers", "1").param("headcount", "3")
                .param("gateRule", "").param("marginGrowthShareBp", ""), person("finance", "FINANCE"));

        assertThat(set.getStatus()).isEqualTo(302);
        assertThat(byDefault.getStatus()).isEqualTo(302);
        Document stored = mongo.getCollection("annual_figures").find(new Document("year", 2041)).first();
        assertThat(stored.getString("planGateRule")).isEqualTo("PLAN_AND_PREVIOUS_YEAR");
        assertThat(stored.getInteger("planMarginGrowthShareBp")).isEqualTo(1500);
        assertThat(mongo.getCollection("annual_figures").find(new Document("year", 2042)).first().get("planGateRule")).isNull();
        assertThat(send(get("/plans?year=2041"), person("finance", "FINANCE")).getContentAsString())
                .contains("The pool: indicators must pass against the plan and the previous year;").contains("basis points: 1,500.");
        assertThat(send(get("/plans?year=2042"), person("finance", "FINANCE")).getContentAsString())
                .contains("against the default (plan or previous year, unless agreed otherwise)");
    }

    private MockHttpServletRequestBuilder programmeForm(List<String> names, List<String> thresholds, List<String> discounts) {
        return post("/programme").param("currency", "RUB").param("accrualPoints", "2").param("accrualStep", "50.00")
                .param("pointValue", "0.50").param("pointsExpireAfterMonths", "6").param("tierWindowMonths", "3")
                .param("tierName", names.toArray(String[]::new)).param("tierThreshold", thresholds.toArray(String[]::new))
                .param("tierDiscount", discounts.toArray(String[]::new));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor person(String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(department + "-person").claim("department", department)
                .claim("roles", List.of(roles)).claim("name", department + " person"));
    }

    private long version() {
        return mongo.getCollection("customers").find(new Document("_id", customerId)).first().getLong("version");
    }

    /** The HTML of one form of the page, from its opening tag to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return html.substring(start, html.indexOf("</form>", start));
    }
}
