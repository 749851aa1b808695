package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.atelier.directory.Directory;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input from an invited respondent and from management: a 400 problem saying what is wrong, and nothing changed. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_api_it", "atelier.topics.survey=it.matrix-api.survey.events"})
class MatrixCampaignHostileInputIT {

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void everyMalformedOrUnknownAnswerIsA400AndChangesNothing() {
        CampaignsForTests people = new CampaignsForTests(directory, port);
        String id = people.open();
        ApiClient respondent = people.as(people.staff, "sales");
        String cell = "{\"task\":\"TASK\",\"department\":\"DEPARTMENT\",\"mark\":\"MARK\"}";
        String fine = cell.replace("TASK", "delivery").replace("DEPARTMENT", "logistics").replace("MARK", "R");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("malformed JSON", "{\"cells\":");
        answers.put("not an object", "[1,2]");
        answers.put("empty body", "");
        answers.put("no cells", "{}");
        answers.put("cells not a list", "{\"cells\":\"all R\"}");
        answers.put("a null cell", "{\"cells\":[null]}");
        answers.put("a bad mark", "{\"cells\":[" + fine.replace("\"R\"", "\"X\"") + "]}");
        answers.put("the Russian letter as a mark", "{\"cells\":[" + fine.replace("\"R\"", "\"О\"") + "]}");
        answers.put("an empty mark", "{\"cells\":[" + fine.replace("\"R\"", "null") + "]}");
        answers.put("an unknown task", "{\"cells\":[" + fine.replace("delivery", "juggling") + "]}");
        answers.put("an unknown department", "{\"cells\":[" + fine.replace("logistics", "nowhere") + "]}");
        answers.put("markup as a department", "{\"cells\":[" + fine.replace("logistics", "<script>") + "]}");
        answers.put("the same cell twice", "{\"cells\":[" + fine + "," + fine.replace("\"R\"", "\"P\"") + "]}");
        answers.put("more cells than any matrix", "{\"cells\":[" + IntStream.range(0, 1601).mapToObj(i -> fine).collect(Collectors.joining(",")) + "]}");
        answers.put("an oversized task code", "{\"cells\":[" + fine.replace("delivery", "x".repeat(100_000)) + "]}");
        answers.forEach((what, body) -> {
            assertBadRequest("draft, " + what, respondent.put("/api/matrix-campaigns/" + id + "/draft", body));
            assertBadRequest("response, " + what, respondent.postJson("/api/matrix-campaigns/" + id + "/response", body));
        });

        // Past the service's body limit the platform answers before the controller: 413, still a problem document.
        String oversized = "{\"cells\":[" + IntStream.range(0, 6000).mapToObj(i -> fine).collect(Collectors.joining(",")) + "]}";
        for (ApiClient.Response tooLarge : new ApiClient.Response[] {respondent.put("/api/matrix-campaigns/" + id + "/draft", oversized),
                respondent.postJson("/api/matrix-campaigns/" + id + "/response", oversized)}) {
            assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
            assertThat(tooLarge.isProblem()).isTrue();
        }

        ApiClient.Response form = respondent.get("/api/matrix-campaigns/" + id + "/form");
        assertThat(form.json().get("submitted").asBoolean()).isFalse();
        assertThat(form.json().get("cells").size()).isZero();
        assertThat(people.management().get("/api/matrix-campaigns/" + id).json().get("submitted").asInt()).isZero();
    }

    @Test
    void aBadOpeningIsA400AndOpensNothing() {
        CampaignsForTests people = new CampaignsForTests(directory, port);
        ApiClient management = people.management();
        int before = management.get("/api/matrix-campaigns").json().size();

        Map<String, String> openings = new LinkedHashMap<>();
        openings.put("no end date", "{\"title\":\"x\"}");
        openings.put("not a date", "{\"endsOn\":\"next month\"}");
        openings.put("an end in the past", "{\"endsOn\":\"2000-01-01\"}");
        openings.put("an unknown department", "{\"endsOn\":\"2999-01-01\",\"departments\":[\"nowhere\"]}");
        openings.put("markup as a department", "{\"endsOn\":\"2999-01-01\",\"departments\":[\"<script>\"]}");
        openings.put("a too long title", "{\"endsOn\":\"2999-01-01\",\"title\":\"" + "x".repeat(201) + "\"}");
        openings.forEach((what, body) -> assertBadRequest(what, management.postJson("/api/matrix-campaigns", body)));

        assertThat(management.get("/api/matrix-campaigns").json().size()).isEqualTo(before);
    }

    private static void assertBadRequest(String what, ApiClient.Response response) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(what).isTrue();
        assertThat(response.body()).as(what).doesNotContain("Exception", "tools.jackson", "org.atelier");
    }
}
