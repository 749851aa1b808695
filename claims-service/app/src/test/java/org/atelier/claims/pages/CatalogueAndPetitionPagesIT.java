package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.claims.pages.ClaimPagesIT.person;
import static org.atelier.claims.pages.ClaimPagesIT.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** The bonus policy form, the regulations catalogue and the commendation acts' pages, each with its refusals inside the form. */
@ClaimsApiTest
@AutoConfigureMockMvc
class CatalogueAndPetitionPagesIT {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void financeSetsAYearsPolicyAndEveryWrongRatioIsShownInsideTheFormWithNothingSaved() throws Exception {
        Callers callers = new Callers(port);
        assertThat(send(get("/bonus-policies/2032"), finance()).getContentAsString()).contains("id=\"policy-form\"", "value=\"5000\"");
        assertThat(send(get("/bonus-policies/2032"), head("sales")).getContentAsString()).contains("id=\"policy\"")
                .doesNotContain("id=\"policy-form\"");

        MockHttpServletResponse refused = send(post("/bonus-policies/2032").param("deductionRatio", "half")
                .param("compensationRatio", "10000").param("redistributionRatio", "4000").param("lang", "ru"), finance());

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "policy-form")).contains("id=\"deduction-ratio-error\"", "id=\"compensation-ratio-error\"",
                "Доля в базисных пунктах от 0 до 9999", "value=\"half\"");
        assertThat(callers.management().get("/api/bonus-policies/2032").json().get("setBy").isNull()).as("nothing saved").isTrue();
        assertThat(send(post("/bonus-policies/2032").param("deductionRatio", "6000").param("compensationRatio", "5000")
                .param("redistributionRatio", "4000"), head("sales")).getStatus()).isEqualTo(403);

        MockHttpServletResponse saved = send(post("/bonus-policies/2032").param("deductionRatio", "6000").param("compensationRatio", "5000")
                .param("redistributionRatio", "4000"), finance());

        assertThat(saved.getStatus()).isEqualTo(302);
        JsonNode policy = callers.management().get("/api/bonus-policies/2032").json();
        assertThat(policy.get("deductionRatio").asInt()).isEqualTo(6000);
        assertThat(policy.get("redistributionRatio").asInt()).isEqualTo(4000);
    }

    @Test
    void managementPublishesARegulationsVersionsFromTheCatalogueAndAHeadOnlyReadsIt() throws Exception {
        String code = "page-rule-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        MockHttpServletResponse refused = send(post("/regulations").param("id", code).param("owningDepartment", "production"), management());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "regulation-form")).contains("id=\"reg-name-error\"", "id=\"reg-text-error\"",
                "id=\"reg-bound-error\"", "id=\"reg-from-error\"");

        MockHttpServletResponse published = send(post("/regulations").param("id", code).param("name", "Samples on time")
                .param("text", "Design hands samples to production a week before the run").param("owningDepartment", "production")
                .param("boundDepartments", "production", "marketing").param("inForceFrom", "2026-01-01"), management());

        assertThat(published.getStatus()).isEqualTo(302);
        String list = send(get("/regulations"), head("sales")).getContentAsString();
        assertThat(list).contains("id=\"regulation-" + code + "-1\"", "Samples on time", "Marketing").doesNotContain("id=\"publish-regulation\"");
        assertThat(send(get("/regulations/new"), head("sales")).getContentAsString()).contains("id=\"not-allowed\"");
        assertThat(send(post("/regulations").param("id", code).param("name", "x").param("text", "x").param("owningDepartment", "production")
                .param("boundDepartments", "production").param("inForceFrom", "2026-01-01"), head("sales")).getStatus()).isEqualTo(403);
    }

    @Test
    void aHeadPetitionsManagementApprovesItAtTheMeetingAndTheActsPageShowsTheGrantAndItsLedgerEntries() throws Exception {
        Callers callers = new Callers(port);
        MockHttpServletResponse refused = send(post("/commendations").param("commendedDepartment", "").param("help", "")
                .param("currency", "RUB").param("proposedReward", "-5"), head("marketing"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "commendation-form")).contains("id=\"commended-error\"", "id=\"help-error\"",
                "id=\"reward-error\"");

        MockHttpServletResponse filed = send(post("/commendations").param("commendedDepartment", "production")
                .param("help", "Sewed the exhibition pieces in four days").param("currency", "RUB").param("proposedReward", "50000")
                .param("recognition", "Letter of thanks"), head("marketing"));

        assertThat(filed.getStatus()).isEqualTo(302);
        String id = filed.getRedirectedUrl().substring("/commendations/".length());
        assertThat(send(get("/commendations"), head("sales")).getContentAsString()).contains("id=\"commendation-" + id + "\"", "Production");
        ApiClient management = callers.management();
        String meeting = management.postJson("/api/meetings", "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
                + "\",\"agenda\":[{\"kind\":\"COMMENDATION\",\"id\":\"" + id + "\"}]}").json().get("id").asString();
        assertThat(management.postJson("/api/meetings/" + meeting + "/attendance", "{\"present\":[\"production-head\"]}").status()).isEqualTo(200);
        assertThat(send(get("/meetings/" + meeting), management()).getContentAsString()).contains("id=\"commendation-" + id + "-form\"");

        MockHttpServletResponse decided = send(post("/meetings/" + meeting + "/commendations/" + id + "/decision").param("outcome", "APPROVED")
                .param("granted", "40000"), management());

        assertThat(decided.getStatus()).isEqualTo(302);
        String page = send(get("/commendations/" + id), head("sales")).getContentAsString();
        assertThat(page).contains("id=\"granted\"", "40,000.00", "id=\"decision-ledger\"", "Approved");
        JsonNode commendation = management.get("/api/commendations/" + id).json();
        assertThat(commendation.get("decision").get("grantedMinor").asLong()).isEqualTo(4_000_000);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor management() {
        return person("ceo", "top-management", "EMPLOYEE", "MANAGEMENT");
    }

    private static OidcLoginRequestPostProcessor finance() {
        return person("cfo", "finance", "EMPLOYEE", "FINANCE");
    }

    private static OidcLoginRequestPostProcessor head(String department) {
        return person(department + "-head", department, "EMPLOYEE", "DEPARTMENT_HEAD");
    }
}
