package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.directory.Directory;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may run and who may answer a campaign; every refusal is a problem document and changes nothing. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_api_it", "atelier.topics.survey=it.matrix-api.survey.events"})
class MatrixCampaignSecurityIT {

    private static final String ANSWER = "{\"cells\":[{\"task\":\"delivery\",\"department\":\"logistics\",\"mark\":\"R\"}]}";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void withoutATokenEveryEndpointIs401() {
        ApiClient anonymous = ApiClient.localPort(port).anonymous();
        String id = "00000000-0000-4000-8000-000000000000";

        assertRefused(anonymous.postJson("/api/matrix-campaigns", "{\"endsOn\":\"2999-01-01\"}"), 401);
        assertRefused(anonymous.get("/api/matrix-campaigns"), 401);
        assertRefused(anonymous.get("/api/matrix-campaigns/" + id), 401);
        assertRefused(anonymous.postJson("/api/matrix-campaigns/" + id + "/closure", "{}"), 401);
        assertRefused(anonymous.get("/api/matrix-campaigns/" + id + "/form"), 401);
        assertRefused(anonymous.put("/api/matrix-campaigns/" + id + "/draft", ANSWER), 401);
        assertRefused(anonymous.postJson("/api/matrix-campaigns/" + id + "/response", ANSWER), 401);
    }

    @Test
    void onlyTopManagementOpensClosesAndFollowsACampaign() {
        CampaignsForTests people = new CampaignsForTests(directory, port);
        String id = people.open();
        for (ApiClient refused : new ApiClient[] {people.as(people.head, "logistics"),
                ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "ADMIN").signed())}) {
            assertRefused(refused.postJson("/api/matrix-campaigns", "{\"endsOn\":\"2999-01-01\"}"), 403);
            assertRefused(refused.get("/api/matrix-campaigns"), 403);
            assertRefused(refused.get("/api/matrix-campaigns/" + id), 403);
            assertRefused(refused.postJson("/api/matrix-campaigns/" + id + "/closure", "{}"), 403);
        }
        assertThat(people.management().get("/api/matrix-campaigns/" + id).json().get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void onlyInvitedPeopleAnswerAndManagementIsNotARespondentByRole() {
        CampaignsForTests people = new CampaignsForTests(directory, port);
        String id = people.open();
        for (ApiClient refused : new ApiClient[] {people.as(people.outsider, "sales"), people.management()}) {
            assertRefused(refused.get("/api/matrix-campaigns/" + id + "/form"), 403);
            assertRefused(refused.put("/api/matrix-campaigns/" + id + "/draft", ANSWER), 403);
            assertRefused(refused.postJson("/api/matrix-campaigns/" + id + "/response", ANSWER), 403);
        }
        assertThat(people.management().get("/api/matrix-campaigns/" + id).json().get("submitted").asInt()).isZero();
        assertThat(people.as(people.staff, "sales").get("/api/matrix-campaigns/" + id + "/form").status()).isEqualTo(200);
    }

    private static void assertRefused(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.body()).isTrue();
    }
}
