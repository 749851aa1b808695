package org.atelier.survey.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.exit.CaseId;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.LostCustomer;
import org.atelier.survey.exit.application.OpeningCases;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The interviewer's pages as a signed-in person uses them; a refused form shows the reason inside that form and changes nothing. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_pages_it", "atelier.topics.survey=it.survey-pages.survey.events"})
@AutoConfigureMockMvc
class ExitInterviewPagesIT {

    private static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    OpeningCases opening;

    @Autowired
    ExitInterviews cases;

    private String manager;
    private String caseId;
    private String customerName;

    @BeforeEach
    void oneOpenCase() {
        manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        customerName = "Onega Paper " + manager;
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, UUID.randomUUID().toString(), customerName, "KEY", LOST_ON, manager, "sales"));
        caseId = CaseId.forLoss(lossEventId);
    }

    @Test
    void theWorklistShowsTheAssigneeTheirCaseAndNobodyElse() throws Exception {
        MockHttpServletResponse mine = send(get("/worklist"), person(manager, "sales", "EMPLOYEE"));

        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains("id=\"case-" + caseId + "\"").contains(customerName).contains("My exit interviews");
        assertThat(send(get("/worklist"), person("colleague-" + manager, "sales", "EMPLOYEE")).getContentAsString())
                .doesNotContain(customerName).contains("id=\"empty\"");
    }

    @Test
    void theCasePageShowsTheToneGuidanceAndBothFormsInTheReadersLanguage() throws Exception {
        String english = send(get("/cases/" + caseId), person(manager, "sales", "EMPLOYEE")).getContentAsString();
        String russian = send(get("/cases/" + caseId).param("lang", "ru"), person(manager, "sales", "EMPLOYEE")).getContentAsString();

        assertThat(english).contains("as a former partner").contains("Never \"come back, all is forgiven\"".replace("\"", "&quot;"))
                .contains("id=\"attempt-form\"").contains("id=\"interview-form\"").contains("Logistics");
        assertThat(russian).contains("как к бывшему партнёру").contains("Записать попытку");
    }

    @Test
    void aRefusedQuestionnaireIsShownInsideItsFormWithWhatWasTypedKeptAndChangesNothing() throws Exception {
        MockHttpServletResponse page = send(post("/cases/" + caseId + "/interview").param("channel", "PHONE").param("on", YESTERDAY)
                .param("reason", "STAFF_ATTITUDE").param("primary", "STAFF_ATTITUDE").param("wouldReturn", "MAYBE")
                .param("wouldHaveKept", "Polite warehouse staff"), person(manager, "sales", "EMPLOYEE"));

        assertThat(page.getStatus()).isEqualTo(400);
        String form = section(page.getContentAsString(), "interview-form");
        assertThat(form).contains("role=\"alert\"").contains("Name the department(s) whose staff").contains("class=\"field invalid\"")
                .contains("Polite warehouse staff");
        assertThat(section(page.getContentAsString(), "attempt-form")).doesNotContain("role=\"alert\"");
        ExitInterview unchanged = cases.find(caseId).orElseThrow();
        assertThat(unchanged.state().isOpen()).isTrue();
        assertThat(unchanged.attempts()).isEmpty();
    }

    @Test
    void anAttemptAndThenTheInterviewAreRecordedThroughTheForms() throws Exception {
        MockHttpServletResponse logged = send(post("/cases/" + caseId + "/attempts").param("channel", "PHONE").param("on", YESTERDAY)
                .param("outcome", "SCHEDULED"), person(manager, "sales", "EMPLOYEE"));
        assertThat(logged.getStatus()).isEqualTo(302);
        assertThat(logged.getRedirectedUrl()).isEqualTo("/cases/" + caseId);

        MockHttpServletResponse done = send(post("/cases/" + caseId + "/interview").param("channel", "MEETING").param("on", YESTERDAY)
                .param("reason", "STAFF_ATTITUDE", "LOGISTICS").param("primary", "LOGISTICS").param("departmentsAtFault", "logistics")
                .param("wouldReturn", "NO"), person(manager, "sales", "EMPLOYEE"));

        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(302);
        ExitInterview completed = cases.find(caseId).orElseThrow();
        assertThat(completed.state().name()).isEqualTo("COMPLETED");
        assertThat(completed.attempts()).hasSize(2);
        assertThat(completed.questionnaire().primary().code().name()).isEqualTo("LOGISTICS");
        assertThat(send(get("/cases/" + caseId), person(manager, "sales", "EMPLOYEE")).getContentAsString())
                .contains("id=\"answers\"").doesNotContain("id=\"interview-form\"");
    }

    @Test
    void aCaseOfAWithdrawnLossShowsItsStateInBothLanguagesAndNoForm() throws Exception {
        String customerId = UUID.randomUUID().toString();
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, customerId, customerName + " (withdrawn)", "KEY", LOST_ON, manager, "sales"));
        assertThat(opening.withdraw(customerId, LOST_ON, java.time.Instant.now())).isTrue();
        String withdrawn = CaseId.forLoss(lossEventId);

        String worklist = send(get("/worklist"), person(manager, "sales", "EMPLOYEE")).getContentAsString();
        assertThat(worklist).contains("id=\"case-" + withdrawn + "\"").contains("Loss withdrawn");
        assertThat(send(get("/worklist").param("lang", "ru"), person(manager, "sales", "EMPLOYEE")).getContentAsString()).contains("Уход отменён");
        assertThat(send(get("/cases/" + withdrawn), person(manager, "sales", "EMPLOYEE")).getContentAsString())
                .contains("Loss withdrawn").doesNotContain("id=\"attempt-form\"").doesNotContain("id=\"interview-form\"");
    }

    @Test
    void aQuestionnaireLinkIsShownOnceWhenIssuedAndCanBeRevoked() throws Exception {
        MockHttpServletResponse issued = send(post("/cases/" + caseId + "/links"), person(manager, "sales", "EMPLOYEE"));

        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(issued.getContentAsString()).contains("id=\"issued-link\"").contains("/answer/");
        String again = send(get("/cases/" + caseId), person(manager, "sales", "EMPLOYEE")).getContentAsString();
        assertThat(again).doesNotContain("id=\"issued-link\"").doesNotContain("/answer/").contains("id=\"link-table\"");

        String linkId = links.ofCase(caseId).get(0).id();
        MockHttpServletResponse revoked = send(post("/cases/" + caseId + "/links/" + linkId + "/revocation"), person(manager, "sales", "EMPLOYEE"));
        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(links.ofCase(caseId).get(0).state().name()).isEqualTo("REVOKED");
    }

    @Autowired
    org.atelier.survey.exit.link.SelfServiceLinks links;

    @Test
    void anotherPersonIsRefusedTheCaseAndItsForms() throws Exception {
        OidcLoginRequestPostProcessor colleague = person("colleague-" + manager, "sales", "EMPLOYEE");

        assertThat(send(get("/cases/" + caseId), colleague).getStatus()).isEqualTo(403);
        assertThat(send(post("/cases/" + caseId + "/attempts").param("channel", "PHONE").param("on", YESTERDAY).param("outcome", "NO_ANSWER"),
                colleague).getStatus()).isEqualTo(403);
        assertThat(send(post("/cases/" + caseId + "/links"), colleague).getStatus()).isEqualTo(403);
        assertThat(cases.find(caseId).orElseThrow().attempts()).isEmpty();
        assertThat(links.ofCase(caseId)).isEmpty();
    }

    @Test
    void theExitRoundShowsManagementTheFunnelAgainstTheBenchmark() throws Exception {
        MockHttpServletResponse round = send(get("/exit-round/" + LOST_ON.getYear()), person("boss", "top-management", "MANAGEMENT"));

        assertThat(round.getStatus()).isEqualTo(200);
        assertThat(round.getContentAsString()).contains("id=\"funnel-lost\"").contains("25–30 %").contains(customerName).contains(manager);
        assertThat(send(get("/exit-round/" + LOST_ON.getYear()), person(manager, "sales", "EMPLOYEE")).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private static OidcLoginRequestPostProcessor person(String username, String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department)
                .claim("roles", List.of(roles)).claim("name", username));
    }

    /** The HTML of one form of the page, from its opening tag to its end. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id + " on the page").isPositive();
        return html.substring(start, html.indexOf("</form>", start));
    }
}
