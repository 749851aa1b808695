package org.atelier.survey.exit.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.exit.CaseId;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.LostCustomer;
import org.atelier.survey.exit.application.OpeningCases;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The former customer answering through a link: no sign-in, once, and a clear page for a link that no longer works. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_exit_api_it", "atelier.topics.survey=it.exit-api.survey.events"})
class SelfServiceLinkIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String ANSWERS = "reason=STAFF_ATTITUDE&reason=PAYMENT_TERMS&primary=STAFF_ATTITUDE&departmentsAtFault=logistics"
            + "&wouldHaveKept=A+polite+warehouse&wouldReturn=MAYBE&comment=";

    @LocalServerPort
    int port;

    @Autowired
    OpeningCases opening;

    @Autowired
    ExitInterviews cases;

    private String manager;
    private String caseId;
    private ApiClient asManager;
    private ApiClient anonymous;

    @BeforeEach
    void openCase() {
        manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, UUID.randomUUID().toString(), "Wingtip", "KEY",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5), manager, "sales"));
        caseId = CaseId.forLoss(lossEventId);
        asManager = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        anonymous = ApiClient.localPort(port).anonymous();
    }

    @Test
    void theCustomerAnswersOnceWithoutSigningInAndTheCaseIsCompletedAsSelfService() {
        String path = issueLink();

        ApiClient.Response form = anonymous.get(path, "text/html");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"answer-form\"").contains("Why did you stop working with us?").doesNotContain(manager);
        assertThat(form.header("Referrer-Policy")).isEqualTo("no-referrer");

        ApiClient.Response answered = anonymous.post(path, FORM, ANSWERS);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("id=\"thanks\"");
        ExitInterview completed = cases.find(caseId).orElseThrow();
        assertThat(completed.state().name()).isEqualTo("COMPLETED");
        assertThat(completed.completedBy().name()).isEqualTo("SELF_SERVICE");
        assertThat(completed.questionnaire().primary().departmentsAtFault()).containsExactly("logistics");

        ApiClient.Response again = anonymous.post(path, FORM, ANSWERS.replace("MAYBE", "NO"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("data-refusal=\"USED\"");
        assertThat(anonymous.get(path, "text/html").status()).isEqualTo(410);
        assertThat(cases.find(caseId).orElseThrow().questionnaire().wouldReturn().name()).isEqualTo("MAYBE");
    }

    @Test
    void aRevokedLinkIsRefusedAndTheCaseStaysOpen() {
        ApiClient.Response issued = asManager.postJson("/api/exit-interviews/" + caseId + "/links", "");
        String path = path(issued.json().get("url").asString());
        String linkId = issued.json().get("id").asString();

        assertThat(asManager.postJson("/api/exit-interviews/" + caseId + "/links/" + linkId + "/revocation", "").status()).isEqualTo(204);

        ApiClient.Response refused = anonymous.post(path, FORM, ANSWERS);
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.body()).contains("data-refusal=\"REVOKED\"");
        assertThat(cases.find(caseId).orElseThrow().state().isOpen()).isTrue();
        ApiClient.Response twice = asManager.postJson("/api/exit-interviews/" + caseId + "/links/" + linkId + "/revocation", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.isProblem()).isTrue();
        assertThat(asManager.get("/api/exit-interviews/" + caseId + "/links").json().get(0).get("state").asString()).isEqualTo("REVOKED");
    }

    @Test
    void incompleteAnswersAreShownAgainAndTheLinkStillWorks() {
        String path = issueLink();

        ApiClient.Response incomplete = anonymous.post(path, FORM, "wouldReturn=YES&lang=ru");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("id=\"problem\"").contains("Отметьте хотя бы одну причину");
        assertThat(cases.find(caseId).orElseThrow().state().isOpen()).isTrue();

        assertThat(anonymous.post(path, FORM, ANSWERS).status()).isEqualTo(200);
    }

    @Test
    void anUnknownOrMalformedTokenLeadsNowhere() {
        assertThat(anonymous.get("/answer/" + LinkTokens.newToken(), "text/html").status()).isEqualTo(404);
        assertThat(anonymous.get("/answer/..%2F..%2Fetc", "text/html").status()).isIn(400, 404);
        assertThat(anonymous.post("/answer/not-a-token", FORM, ANSWERS).status()).isEqualTo(404);
    }

    @Test
    void onlyTheCasesWorkerIssuesLinks() {
        ApiClient colleague = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").subject("other-" + manager).signed());

        ApiClient.Response refused = colleague.postJson("/api/exit-interviews/" + caseId + "/links", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(asManager.get("/api/exit-interviews/" + caseId + "/links").json()).isEmpty();
    }

    private String issueLink() {
        ApiClient.Response issued = asManager.postJson("/api/exit-interviews/" + caseId + "/links", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return path(issued.json().get("url").asString());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/answer/"));
    }
}
