package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.claims.pages.ClaimPagesIT.head;
import static org.atelier.claims.pages.ClaimPagesIT.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.claims.support.LoyaltyCustomers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The claim form's Find step as a head uses it: the typed name brings the matching customers of claims' replica back
 * as the choices, with what was typed so far kept; the picked one is filed with the claim. A query the search refuses
 * is named beside its field and nothing is filed.
 */
@ClaimsApiTest
@AutoConfigureMockMvc
class CustomerFindStepPagesIT {

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
    void theTypedNameOffersTheMatchingCustomersAndThePickedOneIsFiledWithTheClaim() throws Exception {
        MockHttpServletResponse found = send(typed(post("/claims/new/customers")).param("customerQuery", "north"));

        assertThat(found.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(found.getContentAsString());
        Element select = page.getElementById("customer");
        assertThat(select.select("option").eachAttr("value"))
                .containsExactlyInAnyOrder("", LoyaltyCustomers.NORTHWIND, LoyaltyCustomers.NORTHERN_LIGHTS);
        assertThat(select.select("option").eachText()).contains(LoyaltyCustomers.NORTHWIND_NAME, LoyaltyCustomers.NORTHERN_LIGHTS_NAME);
        assertThat(page.getElementById("what-happened").text()).as("what was typed before the search stays").isEqualTo("The suits were delivered late");
        assertThat(page.getElementById("customer-query").attr("value")).isEqualTo("north");
        assertThat(page.getElementById("no-customer-found")).isNull();

        MockHttpServletResponse filed = send(typed(post("/claims")).param("customerId", LoyaltyCustomers.NORTHERN_LIGHTS));

        assertThat(filed.getStatus()).isEqualTo(302);
        String id = filed.getRedirectedUrl().substring("/claims/".length());
        JsonNode claim = callers.management().get("/api/claims/" + id).json();
        assertThat(claim.get("customerId").asString()).isEqualTo(LoyaltyCustomers.NORTHERN_LIGHTS);
        assertThat(claim.get("customerName").asString()).isEqualTo(LoyaltyCustomers.NORTHERN_LIGHTS_NAME);
    }

    @Test
    void aSingleMatchIsPickedAndALostCustomerIsOfferedMarkedAsLost() throws Exception {
        Document page = Jsoup.parse(send(typed(post("/claims/new/customers")).param("customerQuery", "southwind")).getContentAsString());

        Element picked = page.getElementById("customer").selectFirst("option[selected]");
        assertThat(picked).isNotNull();
        assertThat(picked.attr("value")).isEqualTo(LoyaltyCustomers.SOUTHWIND);
        assertThat(picked.text()).contains(LoyaltyCustomers.SOUTHWIND_NAME);
    }

    @Test
    void aNameNoCustomerHasSaysSoAndOffersNone() throws Exception {
        Document page = Jsoup.parse(send(typed(post("/claims/new/customers")).param("customerQuery", "zzz-nobody")).getContentAsString());

        assertThat(page.getElementById("customer").select("option").eachAttr("value")).containsExactly("");
        assertThat(page.getElementById("no-customer-found")).isNotNull();
    }

    @Test
    void aBlankOrOverlongQueryIsNamedBesideItsFieldAndNothingIsFiled() throws Exception {
        int before = callers.management().get("/api/claims").json().size();

        MockHttpServletResponse blank = send(typed(post("/claims/new/customers")).param("customerQuery", "   "));
        MockHttpServletResponse overlong = send(typed(post("/claims/new/customers")).param("customerQuery", "n".repeat(101)).param("lang", "ru"));

        assertThat(blank.getStatus()).isEqualTo(400);
        String blankForm = section(blank.getContentAsString(), "claim-form");
        assertThat(blankForm).contains("id=\"customer-query-error\"").contains("Fill in this field").contains("The suits were delivered late");
        assertThat(overlong.getStatus()).isEqualTo(400);
        assertThat(section(overlong.getContentAsString(), "claim-form")).contains("id=\"customer-query-error\"").contains("100");
        assertThat(callers.management().get("/api/claims").json().size()).isEqualTo(before);
    }

    /** The claim form as filled in so far, without a customer. */
    private MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request) {
        return request.param("respondentDepartment", "production").param("regulationId", regulation)
                .param("happenedOn", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString()).param("whatHappened", "The suits were delivered late")
                .param("customerConsequences", "The customer cancelled the second order").param("planIndicator", "Q1 revenue")
                .param("currency", "RUB").param("claimedShortfall", "12 500,50").param("planAdjustmentRequested", "0");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(head("sales")).with(csrf())).andReturn().getResponse();
    }
}
