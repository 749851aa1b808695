package org.atelier.claims.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.claims.pages.ClaimPagesIT.person;
import static org.atelier.claims.pages.ClaimPagesIT.section;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
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
import tools.jackson.databind.JsonNode;

/** Management's meeting page: attendance, and a decision shown with its amounts before it is confirmed. */
@ClaimsApiTest
@AutoConfigureMockMvc
class MeetingPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void theAmountsAreShownFirstChangingNothingAndTheConfirmedDecisionMovesExactlyThem() throws Exception {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String decision = "/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision";

        assertThat(send(get("/meetings"), management()).getContentAsString()).contains("id=\"meeting-" + scene.meetingId() + "\"");
        MockHttpServletResponse page = send(get("/meetings/" + scene.meetingId()), management());
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"present\"").contains("sales-head").contains("Show the amounts")
                .doesNotContain("id=\"confirm-" + scene.claimId() + "\"");

        MockHttpServletResponse refusedMinutes = send(post("/meetings/" + scene.meetingId() + "/minutes/CLAIM/" + scene.claimId())
                .param("claimantCase", " "), management());
        assertThat(refusedMinutes.getStatus()).isEqualTo(400);
        assertThat(section(refusedMinutes.getContentAsString(), "minutes-" + scene.claimId() + "-form")).contains("Fill in this field");
        MockHttpServletResponse minutes = send(post("/meetings/" + scene.meetingId() + "/minutes/CLAIM/" + scene.claimId())
                .param("claimantCase", "Delivered 12 days late").param("respondentAnswer", "The supplier was late")
                .param("consequences", "The customer cancelled"), management());
        assertThat(minutes.getStatus()).isEqualTo(302);
        JsonNode recorded = callers.management().get("/api/meetings/" + scene.meetingId()).json().get("minutes").get(0);
        assertThat(recorded.get("id").asString()).isEqualTo(scene.claimId());
        assertThat(recorded.get("respondentAnswer").asString()).isEqualTo("The supplier was late");
        String asHead = send(get("/meetings/" + scene.meetingId()), person("sales-head", "sales", "EMPLOYEE", "DEPARTMENT_HEAD")).getContentAsString();
        assertThat(asHead).as("a head reads the minutes, without the form").contains("id=\"minutes-" + scene.claimId() + "\"")
                .contains("The supplier was late").doesNotContain("id=\"minutes-" + scene.claimId() + "-form\"");
        assertThat(send(get("/meetings/" + scene.meetingId()), management()).getContentAsString())
                .contains("action=\"/meetings/" + scene.meetingId() + "/minutes/CLAIM/" + scene.claimId() + "#minutes-" + scene.claimId() + "-errors\"");

        MockHttpServletResponse preview = send(post(decision).param("action", "preview").param("outcome", "UPHELD").param("reasoning", "Late"),
                management());

        assertThat(preview.getStatus()).isEqualTo(200);
        String form = section(preview.getContentAsString(), "decision-" + scene.claimId() + "-form");
        assertThat(form).contains("id=\"preview-" + scene.claimId() + "\"").contains("id=\"confirm-" + scene.claimId() + "\"")
                .contains("Confirm the decision");
        assertThat(callers.management().get("/api/claims/" + scene.claimId()).json().get("status").asString()).isEqualTo("HEARD");

        MockHttpServletResponse confirmed = send(post(decision).param("action", "confirm").param("outcome", "UPHELD").param("reasoning", "Late"),
                management());

        assertThat(confirmed.getStatus()).isEqualTo(302);
        JsonNode claim = callers.management().get("/api/claims/" + scene.claimId()).json();
        assertThat(claim.get("status").asString()).isEqualTo("UPHELD");
        JsonNode decided = claim.get("decision");
        Formats english = new Formats(Locale.ENGLISH, messages);
        assertThat(form).contains("id=\"preview-deduction\">" + english.money(decided.get("deductionMinor").asLong(), "RUB") + "<")
                .contains("id=\"preview-compensation\">" + english.money(decided.get("compensationMinor").asLong(), "RUB") + "<")
                .contains("id=\"preview-pool\">" + english.money(decided.get("poolShareMinor").asLong(), "RUB") + "<");
    }

    @Test
    void aDeductionAboveTheRecognisedShortfallIsRefusedInsideTheFormAndNothingIsDecided() throws Exception {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);

        MockHttpServletResponse refused = send(post("/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision")
                .param("action", "confirm").param("outcome", "UPHELD").param("deduction", "5000").param("lang", "ru"), management());

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "decision-" + scene.claimId() + "-form")).contains("Удержание — от 0 до признанного недобора");
        assertThat(callers.management().get("/api/claims/" + scene.claimId()).json().get("status").asString()).isEqualTo("HEARD");
    }

    @Test
    void managementPlansAMeetingWithTheItemsInTheOrderOfTheirPlacesAndARefusedPlanShowsInsideTheForm() throws Exception {
        Callers callers = new Callers(port);
        String regulation = "reg-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(callers.management().postJson("/api/regulations", Callers.regulationBody(regulation)).status()).isEqualTo(201);
        String first = ClaimsApiTest.Scene.filedClaim(callers, regulation);
        String second = ClaimsApiTest.Scene.filedClaim(callers, regulation);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        String form = send(get("/meetings/new"), management()).getContentAsString();
        assertThat(form).contains("id=\"place-CLAIM-" + first + "\"", "id=\"place-CLAIM-" + second + "\"", "Claim of Sales against Production");
        assertThat(send(get("/meetings/new"), person("sales-head", "sales", "EMPLOYEE", "DEPARTMENT_HEAD")).getContentAsString())
                .contains("id=\"not-management\"").doesNotContain("id=\"plan-form\"");

        MockHttpServletResponse refused = send(post("/meetings").param("date", today).param("place-CLAIM-" + first, "1")
                .param("place-CLAIM-" + second, "1").param("lang", "ru"), management());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(section(refused.getContentAsString(), "plan-form")).contains("Каждое место в повестке даётся один раз");
        assertThat(callers.management().get("/api/claims/" + first).json().get("status").asString()).isEqualTo("FILED");

        MockHttpServletResponse planned = send(post("/meetings").param("date", today).param("place-CLAIM-" + first, "2")
                .param("place-CLAIM-" + second, "1"), management());

        assertThat(planned.getStatus()).isEqualTo(302);
        String meetingId = planned.getRedirectedUrl().substring("/meetings/".length());
        JsonNode meeting = callers.management().get("/api/meetings/" + meetingId).json();
        assertThat(meeting.get("agenda").findValuesAsString("id")).containsExactly(second, first);
        assertThat(callers.management().get("/api/claims/" + first).json().get("status").asString()).isEqualTo("SCHEDULED");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor management() {
        return person("ceo", "top-management", "EMPLOYEE", "MANAGEMENT");
    }
}
