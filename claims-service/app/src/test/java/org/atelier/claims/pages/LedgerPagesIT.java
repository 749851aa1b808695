package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.claims.pages.ClaimPagesIT.person;
import static org.atelier.claims.pages.ClaimPagesIT.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.testsupport.ApiClient;
import org.atelier.web.pages.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ledger pages: each reader sees the accounts that are theirs, an account's entries link to their decision,
 * meeting and claim, the CSV holds the same entries, and management reverses a decision from its page.
 */
@ClaimsApiTest
@AutoConfigureMockMvc
class LedgerPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void anUpheldClaimsEntriesAreShownAndExportedToWhoMaySeeThemAndManagementReversesItFromItsPage() throws Exception {
        Callers callers = new Callers(port);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        ApiClient management = callers.management();
        long productionBefore = balance(management, "production", year);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        ApiClient.Response decided = management.postJson("/api/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision",
                "{\"outcome\":\"UPHELD\",\"deductionMinor\":50000}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String decisionId = decided.json().get("decisionId").asString();
        Formats english = new Formats(Locale.ENGLISH, messages);

        String index = send(get("/ledger"), ceo()).getContentAsString();
        assertThat(index).contains("id=\"account-production\"", "id=\"account-annual-pool\"", "id=\"account-company-fund\"", "Annual pool");
        String headIndex = send(get("/ledger"), salesHead()).getContentAsString();
        assertThat(headIndex).contains("id=\"account-sales\"", "id=\"account-annual-pool\"")
                .doesNotContain("id=\"account-production\"", "id=\"account-company-fund\"");

        MockHttpServletResponse production = send(get("/ledger/accounts/production").param("year", String.valueOf(year)), ceo());
        assertThat(production.getStatus()).isEqualTo(200);
        assertThat(production.getContentAsString()).contains("/ledger/decisions/" + decisionId, "/meetings/" + scene.meetingId(),
                "/claims/" + scene.claimId(), "Deduction", english.money(-50_000, "RUB"));
        assertThat(send(get("/ledger/accounts/production"), salesHead()).getStatus()).as("another department's account").isEqualTo(404);
        assertThat(send(get("/ledger/accounts/sales").param("lang", "ru"), salesHead()).getContentAsString()).contains("Компенсация");

        MockHttpServletResponse csv = send(get("/ledger/accounts/production/entries.csv").param("year", String.valueOf(year)), finance());
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("ledger-production-" + year + ".csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).filteredOn(r -> r.get("decision_id").equals(decisionId))
                .extracting(r -> r.get("kind") + " " + r.get("amount_minor") + " " + r.get("meeting_id") + " " + r.get("subject_id"))
                .containsExactly("DEDUCTION -50000 " + scene.meetingId() + " " + scene.claimId());
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get("amount_minor"))).sum()).isEqualTo(productionBefore - 50_000);
        assertThat(send(get("/ledger/accounts/production/entries.csv"), salesHead()).getStatus()).isEqualTo(404);

        String decisionPage = "/ledger/decisions/" + decisionId;
        assertThat(send(get(decisionPage), salesHead()).getContentAsString()).doesNotContain("id=\"reversal-form\"");
        assertThat(send(get(decisionPage), ceo()).getContentAsString()).contains("id=\"reversal-form\"");
        MockHttpServletResponse refused = send(post(decisionPage + "/reversal").param("reason", " ").param("lang", "ru"), ceo());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "reversal-form")).contains("reversal-errors");
        assertThat(balance(management, "production", year)).as("a refused reversal changes nothing").isEqualTo(productionBefore - 50_000);
        MockHttpServletResponse headTries = send(post(decisionPage + "/reversal").param("reason", "ours"), salesHead());
        assertThat(headTries.getStatus()).isEqualTo(403);

        MockHttpServletResponse reversed = send(post(decisionPage + "/reversal").param("reason", "The customer moved the date"), ceo());

        assertThat(reversed.getStatus()).isEqualTo(302);
        assertThat(reversed.getRedirectedUrl()).startsWith("/ledger/decisions/").doesNotEndWith(decisionId);
        assertThat(balance(management, "production", year)).isEqualTo(productionBefore);
        String original = send(get(decisionPage), ceo()).getContentAsString();
        assertThat(original).contains("id=\"reversed-by\"").doesNotContain("id=\"reversal-form\"");
        assertThat(send(get(reversed.getRedirectedUrl()), ceo()).getContentAsString()).contains("id=\"reverses\"", "The customer moved the date");
    }

    private static long balance(ApiClient caller, String account, int year) {
        var balance = caller.get("/api/ledger/accounts/" + account + "?year=" + year).json().get("balance");
        return balance.isEmpty() ? 0 : balance.get(0).get("minor").asLong();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor ceo() {
        return person("ceo", "top-management", "EMPLOYEE", "MANAGEMENT");
    }

    private static OidcLoginRequestPostProcessor salesHead() {
        return person("sales-head", "sales", "EMPLOYEE", "DEPARTMENT_HEAD");
    }

    private static OidcLoginRequestPostProcessor finance() {
        return person("cfo", "finance", "EMPLOYEE", "FINANCE");
    }
}
