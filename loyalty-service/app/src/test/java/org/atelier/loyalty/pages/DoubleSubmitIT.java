package org.atelier.loyalty.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A double-clicked or re-sent form records once: each form carries the one-time token its page was rendered
 * with, and the second submit of that token gets the first one's redirect, so it shows the outcome.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_double_submit_it",
        "atelier.topics.loyalty=it.double-submit.loyalty.events"})
@AutoConfigureMockMvc
class DoubleSubmitIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private ApiClient api;
    private String customerId;

    @BeforeEach
    void oneCustomer() {
        api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        customerId = api.postJson("/api/customers", "{\"name\":\"Onega Paper\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}").json().get("id").asString();
    }

    @Test
    void everyFormOfTheCardCarriesATokenOfItsRendering() throws Exception {
        String first = send(get("/customers/" + customerId)).getContentAsString();
        String second = send(get("/customers/" + customerId)).getContentAsString();

        List<String> tokens = tokens(first);
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(5).containsOnly(tokens.get(0));
        assertThat(tokens(second).get(0)).isNotEqualTo(tokens.get(0));
    }

    @Test
    void theSecondSubmitOfAPurchaseFormRecordsNothingAndRedirectsWhereTheFirstDid() throws Exception {
        String token = tokens(send(get("/customers/" + customerId)).getContentAsString()).get(0);

        MockHttpServletResponse first = send(purchaseForm(token));
        MockHttpServletResponse second = send(purchaseForm(token));

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).isEqualTo(302);
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).endsWith("/customers/" + customerId);
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void twoSubmitsOfOneTokenAtOnceRecordOnePurchaseAndBothShowTheOutcome() throws Exception {
        String token = tokens(send(get("/customers/" + customerId)).getContentAsString()).get(0);

        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> sendUnchecked(purchaseForm(token)));
        CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> sendUnchecked(purchaseForm(token)));

        assertThat(first.get().getStatus()).isEqualTo(302);
        assertThat(second.get().getStatus()).isEqualTo(302);
        assertThat(second.get().getRedirectedUrl()).isEqualTo(first.get().getRedirectedUrl());
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void aRefusedFormKeepsNothingSoTheCorrectedFormWithTheSameTokenIsRecorded() throws Exception {
        String token = tokens(send(get("/customers/" + customerId)).getContentAsString()).get(0);

        MockHttpServletResponse refused = send(purchaseForm(token).param("amount", "12500.505"));
        MockHttpServletResponse corrected = send(purchaseForm(token));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(tokens(refused.getContentAsString()).get(0)).isNotEqualTo(token);
        assertThat(corrected.getStatus()).isEqualTo(302);
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void formsWithoutATokenWorkAsBefore() throws Exception {
        assertThat(send(purchaseForm(null)).getStatus()).isEqualTo(302);
        assertThat(send(purchaseForm(null)).getStatus()).isEqualTo(302);

        assertThat(purchaseCount()).isEqualTo(2);
    }

    private MockHttpServletRequestBuilder purchaseForm(String token) {
        MockHttpServletRequestBuilder form = post("/customers/" + customerId + "/purchases").param("amount", "1000.00")
                .param("currency", "RUB").param("date", TODAY.toString()).param("contractReference", "C-1");
        return token == null ? form : form.param("formToken", token);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(person()).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse sendUnchecked(MockHttpServletRequestBuilder request) {
        try {
            return send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OidcLoginRequestPostProcessor person() {
        return oidcLogin().idToken(token -> token.subject("sales-person").claim("department", "sales")
                .claim("roles", List.of("EMPLOYEE")).claim("name", "sales person"));
    }

    private static List<String> tokens(String html) {
        Matcher matcher = FORM_TOKEN.matcher(html);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private int purchaseCount() {
        return api.get("/api/customers/" + customerId).json().get("purchases").size();
    }
}
