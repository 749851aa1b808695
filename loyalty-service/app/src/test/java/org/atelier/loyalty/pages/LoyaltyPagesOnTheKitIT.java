package org.atelier.loyalty.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.atelier.web.pages.Formats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Loyalty's pages on the page kit, as a sales team reads them: every reason of a refused form at once and at its
 * field, numbers and dates in the reader's language, a timeline in words, only the actions the reader may take, and
 * lists that say what they show. (Same context as {@link LoyaltyPagesIT}.)
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_pages_it",
        "atelier.topics.loyalty=it.loyalty-pages.loyalty.events"})
@AutoConfigureMockMvc
class LoyaltyPagesOnTheKitIT {

    /**
     * The company's day (its default zone, as the service dates a registration): a purchase dated by UTC would fall a
     * day before a registration made between midnight in Moscow and midnight UTC, and the timeline's order with it.
     */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    private ApiClient sales;
    private String customerId;

    @BeforeEach
    void aCustomerWithAPurchase() {
        sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        customerId = sales.postJson("/api/customers", "{\"name\":\"Kit Kareliya\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}").json().get("id").asString();
        sales.postJson("/api/customers/" + customerId + "/purchases",
                "{\"amountMinor\":340000000,\"currency\":\"RUB\",\"date\":\"" + TODAY + "\",\"contractReference\":\"C-34\"}");
    }

    @Test
    void everyReasonOfARefusedFormIsShownAtOnceEachBesideItsFieldAndInTheSummary() throws Exception {
        MockHttpServletResponse page = send(post("/customers").param("name", "").param("taxId", ""), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        String form = section(page.getContentAsString(), "register-form");
        assertThat(form).contains("A customer needs a name").contains("Fill in this field");
        String summary = form.substring(form.indexOf("id=\"register-errors\""));
        assertThat(summary).contains("href=\"#name\"").contains("href=\"#significance-KEY\"").contains("There are 2 problems");
        assertThat(form).contains("id=\"name-error\"").contains("id=\"significance-error\"")
                .contains("aria-describedby=\"name-error\"").contains("aria-describedby=\"significance-error\"");
        assertThat(form.split("aria-invalid=\"true\"", -1)).as("the name and both significance radios are marked").hasSize(4);
    }

    @Test
    void aRefusedFormLeadsTheBrowserToItsSummaryNotToTheTopOfThePage() throws Exception {
        MockHttpServletResponse page = send(post("/customers/" + customerId + "/purchases").param("amount", "x")
                .param("currency", "RUB").param("date", "").param("contractReference", ""), person("sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        String html = page.getContentAsString();
        assertThat(html).contains("action=\"/customers/" + customerId + "/purchases#purchase-errors\"");
        assertThat(html).contains("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus id=\"purchase-errors\"");
        assertThat(section(html, "purchase-form")).contains("is not an amount").contains("Fill in this field")
                .contains("Name the contract or invoice");
    }

    @Test
    void theCardWritesMoneyNumbersDatesTiersAndDepartmentsTheReadersWay() throws Exception {
        send(post("/customers/" + customerId + "/profile").param("name", "Kit Kareliya").param("department", "top-management"),
                person("sales", "EMPLOYEE"));

        String english = send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString();
        String russian = send(get("/customers/" + customerId).param("lang", "ru"), person("sales", "EMPLOYEE")).getContentAsString();

        assertThat(english).contains("Purchase of RUB\u00a03,400,000.00 (C-34)").contains("id=\"points-spendable\">34,000<")
                .contains("Top management").contains(formats("en").date(TODAY));
        assertThat(russian).contains("Покупка на 3\u00a0400\u00a0000,00\u00a0₽ (C-34)").contains("id=\"points-spendable\">34\u00a0000<")
                .contains("Высшее руководство").contains("Платиновый · 10\u00a0%").contains(formats("ru").date(TODAY))
                .doesNotContain("top-management</dd>").doesNotContain(">Gold");
    }

    @Test
    void theTimelineIsInWordsNewestFirstWithTheLossNote() throws Exception {
        sales.postJson("/api/customers/" + customerId + "/loss", "{\"competitor\":\"Rival Mills\",\"reasons\":["
                + "{\"code\":\"PRICE_AND_DISCOUNTS\",\"primary\":true},{\"code\":\"STAFF_ATTITUDE\",\"primary\":false,\"departmentsAtFault\":[\"logistics\"]}],"
                + "\"note\":\"Their buyer was rude to our driver twice\"}");

        String russian = send(get("/customers/" + customerId).param("lang", "ru"), person("sales", "EMPLOYEE")).getContentAsString();
        String timeline = russian.substring(russian.indexOf("id=\"timeline\""));

        assertThat(timeline).contains("Цена и скидки (главная), Неподобающее отношение персонала").contains("Виновные отделы: Логистика")
                .contains("Their buyer was rude to our driver twice").doesNotContain("PRICE_AND_DISCOUNTS").doesNotContain("STAFF_ATTITUDE");
        assertThat(timeline.indexOf("Ушёл к Rival Mills")).as("the loss, newest, first").isLessThan(timeline.indexOf("Покупка на"));
        assertThat(timeline.indexOf("Покупка на")).isLessThan(timeline.indexOf("Зарегистрирован"));
    }

    @Test
    void onlyTheActionsTheReaderMayTakeAreOffered() throws Exception {
        String salesCard = send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString();
        String headsCard = send(get("/customers/" + customerId), person("sales", "EMPLOYEE", "DEPARTMENT_HEAD")).getContentAsString();
        assertThat(salesCard).doesNotContain("id=\"significance-form\"").doesNotContain("Make regular");
        assertThat(headsCard).contains("id=\"significance-form\"").contains("Make regular");

        String logisticsList = send(get("/customers"), person("logistics", "EMPLOYEE")).getContentAsString();
        MockHttpServletResponse logisticsForm = send(get("/customers/new"), person("logistics", "EMPLOYEE"));
        assertThat(logisticsList).doesNotContain("id=\"new-customer\"");
        assertThat(logisticsForm.getStatus()).isEqualTo(403);
        assertThat(logisticsForm.getContentAsString()).doesNotContain("id=\"register-form\"").contains("Only sales and marketing register customers");

        sales.postJson("/api/customers/" + customerId + "/loss", "{\"competitor\":\"Rival\",\"reasons\":[{\"code\":\"ASSORTMENT\",\"primary\":true}]}");
        String lostCard = send(get("/customers/" + customerId), person("sales", "EMPLOYEE")).getContentAsString();
        assertThat(lostCard).doesNotContain("Take into the club").doesNotContain("id=\"loss-form\"").doesNotContain("id=\"redeem-form\"");
    }

    @Test
    void departmentsTickedWithoutStaffAttitudeAreRefusedAndTheDepartmentBoxesMarked() throws Exception {
        MockHttpServletResponse withoutStaff = send(post("/customers/" + customerId + "/loss").param("competitor", "Rival")
                .param("reasons", "PRICE_AND_DISCOUNTS").param("primaryReason", "PRICE_AND_DISCOUNTS").param("departmentsAtFault", "logistics"),
                person("sales", "EMPLOYEE"));
        MockHttpServletResponse withoutDepartment = send(post("/customers/" + customerId + "/loss").param("competitor", "Rival")
                .param("reasons", "STAFF_ATTITUDE").param("primaryReason", "STAFF_ATTITUDE"), person("sales", "EMPLOYEE"));

        assertThat(withoutStaff.getStatus()).isEqualTo(400);
        String refused = section(withoutStaff.getContentAsString(), "loss-form");
        assertThat(refused).contains("<fieldset class=\"field invalid\" id=\"departments-at-fault\"");
        assertThat(departments(refused)).contains("only with the staff-attitude reason")
                .contains("aria-invalid=\"true\"");
        assertThat(withoutDepartment.getStatus()).isEqualTo(400);
        String incomplete = section(withoutDepartment.getContentAsString(), "loss-form");
        assertThat(incomplete).contains("<fieldset class=\"field invalid\" id=\"departments-at-fault\"");
        assertThat(departments(incomplete)).contains("must name the department");
        assertThat(incomplete.substring(incomplete.indexOf("id=\"reasons\""), incomplete.indexOf("id=\"departments-at-fault\"")))
                .as("the reasons were right").doesNotContain("aria-invalid=\"true\"");
        assertThat(incomplete).contains("data-kit-enabled-by=\"reason-STAFF_ATTITUDE\"");
    }

    @Test
    void theListSaysHowManyItFoundShowsEveryStatusAndExplainsAPagePastTheEnd() throws Exception {
        String list = send(get("/customers").param("q", "Kit Kareliya"), person("sales", "EMPLOYEE")).getContentAsString();
        String pastTheEnd = send(get("/customers").param("q", "Kit Kareliya").param("page", "99"), person("sales", "EMPLOYEE")).getContentAsString();

        assertThat(list).containsPattern("id=\"total\">Found: [0-9]+<").contains("class=\"badge status\">Active<");
        assertThat(pastTheEnd).contains("id=\"page-out-of-range\"").contains("There is no page 100").contains("page=0");
    }

    @Test
    void aHandTypedFilterThatIsNoChoiceAnswersAReadablePage() throws Exception {
        MockHttpServletResponse page = send(get("/customers").param("significance", "BOGUS"), person("sales", "EMPLOYEE"));

        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("data-kit-layout=\"atelier\"").contains("Not one of the choices offered")
                .doesNotContain("\"detail\"");
    }

    @Test
    void theLanguageChosenAnywhereIsReadFromTheSharedCookie() throws Exception {
        MockHttpServletResponse chosen = send(get("/customers").param("lang", "ru"), person("sales", "EMPLOYEE"));
        assertThat(chosen.getCookie("atelier_locale")).isNotNull();

        String page = mvc.perform(get("/customers").cookie(new Cookie("atelier_locale", "ru")).with(person("sales", "EMPLOYEE")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("lang=\"ru\"").contains("Клиенты").contains("id=\"language-switch\"").contains(">English<");
    }

    @Test
    void aRussianPageHasNoneOfThePagesEnglishLabels() throws Exception {
        send(post("/customers/" + customerId + "/profile").param("name", "Kit Kareliya").param("department", "logistics"),
                person("sales", "EMPLOYEE"));
        sales.postJson("/api/customers/" + customerId + "/loss", "{\"competitor\":\"Rival\",\"reasons\":[{\"code\":\"ASSORTMENT\",\"primary\":true}]}");
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        english.putAll(bundle("kit/messages.properties"));
        russian.putAll(bundle("kit/messages_ru.properties"));

        for (String path : List.of("/customers/" + customerId, "/customers", "/customers/new", "/programme", "/plans")) {
            String text = send(get(path).param("lang", "ru"), person("finance", "FINANCE", "DEPARTMENT_HEAD")).getContentAsString()
                    .replaceAll("(?s)<script.*?</script>|<[^>]+>", " ");
            for (String key : english.stringPropertyNames()) {
                String label = english.getProperty(key).replaceAll("\\{\\d+}", " ").replace("''", "'").strip();
                boolean sameInBothLanguages = label.equals(russian.getProperty(key, "").replaceAll("\\{\\d+}", " ").strip());
                if (key.startsWith("rule.") || key.startsWith("refusal.") || sameInBothLanguages || label.length() < 3) {
                    continue;
                }
                assertThat(text).as(path + " in Russian shows the English " + key).doesNotContainPattern(
                        "(?<![\\p{L}])" + java.util.regex.Pattern.quote(label) + "(?![\\p{L}])");
            }
        }
    }

    private static Properties bundle(String name) throws java.io.IOException {
        Properties properties = new Properties();
        try (var in = LoyaltyPagesOnTheKitIT.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private Formats formats(String language) {
        return new Formats(Locale.forLanguageTag(language), messages);
    }

    private static String departments(String lossForm) {
        return lossForm.substring(lossForm.indexOf("id=\"departments-at-fault\""), lossForm.indexOf("id=\"note\""));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    static OidcLoginRequestPostProcessor person(String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(department + "-person").claim("department", department)
                .claim("roles", List.of(roles)).claim("name", department + " person"));
    }

    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return html.substring(start, html.indexOf("</form>", start));
    }
}
