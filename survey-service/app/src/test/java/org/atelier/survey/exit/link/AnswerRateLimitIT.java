package org.atelier.survey.exit.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.exit.CaseId;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.LostCustomer;
import org.atelier.survey.exit.application.OpeningCases;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public questionnaire under a deliberately small limit: an answer within it goes through, the next request waits. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_answer_limit_it", "atelier.topics.survey=it.answer-limit.survey.events",
        "atelier.survey.exit.answer-rate-limit.requests=2", "atelier.survey.exit.answer-rate-limit.window=PT1H"})
class AnswerRateLimitIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    OpeningCases opening;

    @Autowired
    ExitInterviews cases;

    @Test
    void aClientPastTheLimitGetsAReadablePageAskingItToWaitAndTheAnswerWithinTheLimitCounts() {
        String manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, UUID.randomUUID().toString(), "Wingtip", "KEY",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5), manager, "sales"));
        ApiClient asManager = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        ApiClient anonymous = ApiClient.localPort(port).anonymous();
        ApiClient.Response issued = asManager.postJson("/api/exit-interviews/" + CaseId.forLoss(lossEventId) + "/links", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String url = issued.json().get("url").asString();
        String path = url.substring(url.indexOf("/answer/"));

        assertThat(anonymous.get(path, "text/html").status()).isEqualTo(200);
        ApiClient.Response answered = anonymous.post(path, FORM, "reason=PAYMENT_TERMS&primary=PAYMENT_TERMS&wouldReturn=YES");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        ApiClient.Response third = anonymous.get(path, "text/html");

        assertThat(third.status()).isEqualTo(429);
        assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(third.body()).contains("id=\"too-many\"").contains("Too many attempts").contains("Please wait");
        assertThat(cases.find(CaseId.forLoss(lossEventId)).orElseThrow().state().name()).isEqualTo("COMPLETED");
    }
}
