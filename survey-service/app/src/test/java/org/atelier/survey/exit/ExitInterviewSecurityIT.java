package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
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

/** Who may read and work a case, and that a refusal is a problem document and changes nothing. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_exit_api_it", "atelier.topics.survey=it.exit-api.survey.events"})
class ExitInterviewSecurityIT {

    private static final String ATTEMPT = "{\"channel\":\"PHONE\",\"on\":\"" + CasesForTests.YESTERDAY + "\",\"outcome\":\"NO_ANSWER\"}";

    @LocalServerPort
    int port;

    @Autowired
    OpeningCases opening;

    private String manager;
    private String caseId;

    @BeforeEach
    void openCase() {
        manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        caseId = CasesForTests.openFor(opening, manager);
    }

    @Test
    void anotherEmployeeNeitherReadsNorWorksTheCase() {
        ApiClient colleague = as(TestIdentityProvider.user("sales", "EMPLOYEE").subject("colleague-" + manager));

        assertRefused(colleague.get("/api/exit-interviews/" + caseId), 403);
        assertRefused(colleague.postJson("/api/exit-interviews/" + caseId + "/attempts", ATTEMPT), 403);
        assertThat(colleague.get("/api/exit-interviews").json()).isEmpty();
        assertUnchanged();
    }

    @Test
    void topManagementReadsTheCaseButDoesNotWorkIt() {
        ApiClient management = as(TestIdentityProvider.user("top-management", "MANAGEMENT"));

        assertThat(management.get("/api/exit-interviews/" + caseId).status()).isEqualTo(200);
        assertRefused(management.postJson("/api/exit-interviews/" + caseId + "/interview", """
                {"channel":"PHONE","on":"%s","reasons":[{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}],"wouldReturn":"NO"}"""
                .formatted(CasesForTests.YESTERDAY)), 403);
        assertUnchanged();
    }

    @Test
    void aHeadOfAnotherDepartmentIsRefusedAndTheAssigneesHeadWorksTheCase() {
        assertRefused(as(TestIdentityProvider.user("logistics", "DEPARTMENT_HEAD")).postJson("/api/exit-interviews/" + caseId + "/attempts",
                ATTEMPT), 403);
        assertUnchanged();

        ApiClient.Response byHead = as(TestIdentityProvider.user("sales", "DEPARTMENT_HEAD"))
                .postJson("/api/exit-interviews/" + caseId + "/attempts", ATTEMPT);

        assertThat(byHead.status()).as(byHead.body()).isEqualTo(200);
        assertThat(byHead.json().get("attempts")).hasSize(1);
    }

    @Test
    void theExitRoundIsTopManagementsView() {
        assertRefused(as(TestIdentityProvider.user("sales", "EMPLOYEE")).get("/api/exit-rounds/" + CasesForTests.LOST_ON.getYear()), 403);
        assertRefused(as(TestIdentityProvider.user("sales", "DEPARTMENT_HEAD")).get("/api/exit-rounds/" + CasesForTests.LOST_ON.getYear()), 403);

        ApiClient.Response round = as(TestIdentityProvider.user("top-management", "MANAGEMENT")).get("/api/exit-rounds/" + CasesForTests.LOST_ON.getYear());
        assertThat(round.status()).isEqualTo(200);
        assertThat(round.json().get("funnel").get("lost").asInt()).isPositive();
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        ApiClient anonymous = ApiClient.localPort(port).anonymous();

        assertRefused(anonymous.get("/api/exit-interviews/" + caseId), 401);
        assertRefused(anonymous.postJson("/api/exit-interviews/" + caseId + "/attempts", ATTEMPT), 401);
        assertUnchanged();
    }

    private void assertUnchanged() {
        ApiClient.Response asManager = as(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager)).get("/api/exit-interviews/" + caseId);
        assertThat(asManager.status()).isEqualTo(200);
        assertThat(asManager.json().get("attempts")).isEmpty();
        assertThat(asManager.json().get("state").asString()).isEqualTo("OPEN");
    }

    private static void assertRefused(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }

    private ApiClient as(TestIdentityProvider.Token token) {
        return ApiClient.localPort(port).withToken(token.signed());
    }
}
