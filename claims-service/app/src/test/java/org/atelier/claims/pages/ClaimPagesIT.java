package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The claims pages as the heads read them: the list and its filters, and a refused claim shown inside its form. */
@ClaimsApiTest
@AutoConfigureMockMvc
class ClaimPagesIT {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private Callers callers;
    private String regulation;

    @BeforeEach
    void aRegulation() {
        callers = new Callers(port);
        regulation = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(callers.management().postJson("/api/regulations", Callers.regulationBody(regulation)).status()).isEqualTo(201);
    }

    @Test
    void theListShowsTheClaimsOfTheChosenStateAndSideOfTheReadersDepartment() throws Exception {
        String claimId = ClaimsApiTest.Scene.filedClaim(callers, regulation);
        String row = "id=\"claim-" + claimId + "\"";

        assertThat(send(get("/claims"), head("production")).getContentAsString()).contains(row);
        assertThat(send(get("/claims").param("mine", "RECEIVED"), head("production")).getContentAsString()).contains(row);
        assertThat(send(get("/claims").param("mine", "FILED"), head("sales")).getContentAsString()).contains(row);
        assertThat(send(get("/claims").param("mine", "RECEIVED"), head("sales")).getContentAsString()).doesNotContain(row);
        assertThat(send(get("/claims").param("state", "FILED"), head("sales")).getContentAsString()).contains(row);
        assertThat(send(get("/claims").param("state", "WITHDRAWN"), head("sales")).getContentAsString()).doesNotContain(row);
        String russian = send(get("/claims").param("lang", "ru").param("mine", "FILED"), head("sales")).getContentAsString();
        assertThat(russian).contains("Подана").contains("Подать претензию").contains(row);
    }

    @Test
    void theListIsNotThereForOtherStaff() throws Exception {
        MockHttpServletResponse page = send(get("/claims"), person("sales-clerk", "sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(404);
    }

    @Test
    void aRefusedClaimIsShownInsideItsFormInTheReadersLanguageAndNothingIsFiled() throws Exception {
        int before = callers.management().get("/api/claims").json().size();

        // The regulation binds production and logistics, not marketing.
        MockHttpServletResponse refused = send(filing("marketing").param("lang", "ru"), head("sales"));

        assertThat(refused.getStatus()).isEqualTo(400);
        String form = section(refused.getContentAsString(), "claim-form");
        assertThat(form).contains("id=\"claim-errors\"").contains("Регламент " + regulation + " не обязывает подразделение marketing")
                .contains("value=\"marketing\"").contains("The suits were delivered late");
        assertThat(callers.management().get("/api/claims").json().size()).isEqualTo(before);
    }

    @Test
    void everyMissingFieldIsNamedAtOnceBesideItsField() throws Exception {
        MockHttpServletResponse refused = send(post("/claims").param("currency", "RUB").param("claimedShortfall", "12,5x"), head("sales"));

        assertThat(refused.getStatus()).isEqualTo(400);
        String form = section(refused.getContentAsString(), "claim-form");
        assertThat(form).contains("id=\"respondent-error\"").contains("id=\"regulation-error\"").contains("id=\"happened-on-error\"")
                .contains("id=\"what-happened-error\"").contains("id=\"shortfall-error\"").contains("An amount such as 12500.00");
    }

    @Test
    void aClaimFiledThroughTheFormLeadsToItsPage() throws Exception {
        MockHttpServletResponse filed = send(filing("production"), head("sales"));

        assertThat(filed.getStatus()).isEqualTo(302);
        assertThat(filed.getRedirectedUrl()).startsWith("/claims/");
        String id = filed.getRedirectedUrl().substring("/claims/".length());
        assertThat(callers.management().get("/api/claims/" + id).json().get("claimedShortfallMinor").asLong()).isEqualTo(1_250_050);
    }

    @Test
    void theClaimPageShowsItsHistoryAndTheRespondentsHeadStatesThePositionThere() throws Exception {
        String claimId = ClaimsApiTest.Scene.filedClaim(callers, regulation);

        String asClaimant = send(get("/claims/" + claimId), head("sales")).getContentAsString();
        assertThat(asClaimant).contains("id=\"history\"").contains("Filed").doesNotContain("id=\"position-form\"");
        MockHttpServletResponse empty = send(post("/claims/" + claimId + "/position").param("position", " "), head("production"));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(section(empty.getContentAsString(), "position-form")).contains("Fill in this field");

        MockHttpServletResponse stated = send(post("/claims/" + claimId + "/position").param("position", "The fabric came late from the supplier"),
                head("production"));

        assertThat(stated.getStatus()).isEqualTo(302);
        assertThat(callers.management().get("/api/claims/" + claimId).json().get("respondentPosition").asString())
                .isEqualTo("The fabric came late from the supplier");
        assertThat(send(get("/claims/" + claimId).param("lang", "ru"), head("production")).getContentAsString())
                .contains("The fabric came late from the supplier").contains("История");
    }

    private MockHttpServletRequestBuilder filing(String respondent) {
        return post("/claims").param("respondentDepartment", respondent).param("regulationId", regulation)
                .param("happenedOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString()).param("whatHappened", "The suits were delivered late")
                .param("customerConsequences", "The customer cancelled the second order").param("planIndicator", "Q1 revenue")
                .param("currency", "RUB").param("claimedShortfall", "12 500,50").param("planAdjustmentRequested", "0");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    static OidcLoginRequestPostProcessor head(String department) {
        return person(department + "-head", department, "EMPLOYEE", "DEPARTMENT_HEAD");
    }

    static OidcLoginRequestPostProcessor person(String username, String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department).claim("level", "DIVISION_HEAD")
                .claim("roles", List.of(roles)).claim("name", username));
    }

    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return html.substring(start, html.indexOf("</form>", start));
    }
}
