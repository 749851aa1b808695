package org.atelier.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.exit.CaseId;
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
import tools.jackson.databind.JsonNode;

/**
 * What another system may do in survey with the machine client's token (role {@code SYSTEM}, docs/security.md): read
 * exit-interview cases, their links, the exit rounds and the matrix campaigns' progress; never work a case, answer the
 * matrix, or open or close a campaign. Each refusal is a 403 problem and changes nothing.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_machine_it", "atelier.topics.survey=it.survey-machine.survey.events"})
class MachineCallerSecurityIT {

    private static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    private static final String ANSWERS = """
            {"cells":[{"task":"delivery","department":"logistics","mark":"R"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    OpeningCases opening;

    private String manager;
    private String caseId;
    private String campaignId;

    @BeforeEach
    void aCaseAndACampaign() {
        manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        String lossEventId = UUID.randomUUID().toString();
        opening.open(new LostCustomer(lossEventId, UUID.randomUUID().toString(), "Tailspin Toys", "KEY", LOST_ON, manager, "sales"));
        caseId = CaseId.forLoss(lossEventId);
        ApiClient.Response opened = management().postJson("/api/matrix-campaigns", """
                {"title":"Machine test","endsOn":"%s","departments":["sales"]}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(7)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        campaignId = opened.json().get("id").asString();
    }

    @Test
    void aMachineReadsEveryCaseItsLinksTheExitRoundAndTheCampaignsProgress() {
        ApiClient machine = as(TestIdentityProvider.machine().scopes("atelier.read"));

        ApiClient.Response exitCase = machine.get("/api/exit-interviews/" + caseId);
        assertThat(exitCase.status()).as(exitCase.body()).isEqualTo(200);
        assertThat(exitCase.json().get("id").asString()).isEqualTo(caseId);
        assertThat(machine.get("/api/exit-interviews/" + caseId + "/links").status()).isEqualTo(200);
        ApiClient.Response round = machine.get("/api/exit-rounds/" + LOST_ON.getYear());
        assertThat(round.status()).as(round.body()).isEqualTo(200);
        assertThat(round.json().get("cases").values()).anySatisfy(c -> assertThat(c.get("id").asString()).isEqualTo(caseId));
        ApiClient.Response campaigns = machine.get("/api/matrix-campaigns");
        assertThat(campaigns.status()).as(campaigns.body()).isEqualTo(200);
        assertThat(campaigns.json().values()).anySatisfy(c -> assertThat(c.get("id").asString()).isEqualTo(campaignId));
        ApiClient.Response campaign = machine.get("/api/matrix-campaigns/" + campaignId);
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(200);
        assertThat(campaign.json().get("progress")).isNotNull();
    }

    @Test
    void aMachineWorksNoCaseAndHasNoWorklist() {
        ApiClient machine = as(TestIdentityProvider.machine());

        assertRefused(machine.postJson("/api/exit-interviews/" + caseId + "/attempts",
                "{\"channel\":\"PHONE\",\"on\":\"" + YESTERDAY + "\",\"outcome\":\"NO_ANSWER\"}"));
        assertRefused(machine.postJson("/api/exit-interviews/" + caseId + "/interview", """
                {"channel":"PHONE","on":"%s","reasons":[{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}],"wouldReturn":"NO"}"""
                .formatted(YESTERDAY)));
        assertRefused(machine.postJson("/api/exit-interviews/" + caseId + "/links", "{}"));
        assertRefused(machine.postJson("/api/exit-interviews/" + caseId + "/links/" + UUID.randomUUID() + "/revocation", "{}"));
        assertRefused(machine.get("/api/exit-interviews"));

        JsonNode asManager = as(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager)).get("/api/exit-interviews/" + caseId).json();
        assertThat(asManager.get("attempts")).isEmpty();
        assertThat(asManager.get("state").asString()).isEqualTo("OPEN");
        assertThat(as(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager)).get("/api/exit-interviews/" + caseId + "/links").json())
                .as("no link was issued").isEmpty();
    }

    @Test
    void aMachineNeverAnswersTheMatrixNorOpensOrClosesACampaign() {
        ApiClient machine = as(TestIdentityProvider.machine());

        assertRefused(machine.get("/api/matrix-campaigns/" + campaignId + "/form"));
        assertRefused(machine.put("/api/matrix-campaigns/" + campaignId + "/draft", ANSWERS));
        assertRefused(machine.postJson("/api/matrix-campaigns/" + campaignId + "/response", ANSWERS));
        assertRefused(machine.postJson("/api/matrix-campaigns/" + campaignId + "/closure", "{}"));
        int campaignsBefore = management().get("/api/matrix-campaigns").json().size();
        assertRefused(machine.postJson("/api/matrix-campaigns", """
                {"title":"By a machine","endsOn":"%s"}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(7))));

        JsonNode campaign = management().get("/api/matrix-campaigns/" + campaignId).json();
        assertThat(campaign.get("state").asString()).isEqualTo("OPEN");
        assertThat(campaign.get("submitted").asInt()).isZero();
        assertThat(management().get("/api/matrix-campaigns").json().size()).as("no campaign was opened").isEqualTo(campaignsBefore);
    }

    @Test
    void aMachineTokenWithoutTheReadScopeReadsNothing() {
        ApiClient writeOnly = as(TestIdentityProvider.machine().scopes("atelier.write"));

        for (String path : new String[] {"/api/exit-interviews/" + caseId, "/api/exit-rounds/" + LOST_ON.getYear(), "/api/matrix-campaigns",
                "/api/matrix-campaigns/" + campaignId}) {
            ApiClient.Response refused = writeOnly.get(path);
            assertRefused(refused);
            assertThat(refused.body()).as(path).contains("atelier.read");
        }
    }

    private ApiClient management() {
        return as(TestIdentityProvider.user("top-management", "MANAGEMENT"));
    }

    private static void assertRefused(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
    }

    private ApiClient as(TestIdentityProvider.Token token) {
        return ApiClient.localPort(port).withToken(token.signed());
    }
}
