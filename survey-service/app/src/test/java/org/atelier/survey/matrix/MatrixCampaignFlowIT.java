package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.atelier.directory.Directory;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A campaign end to end over the real broker: opened, answered by two people, closed; its events, and nobody named anywhere. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_matrix_flow_it", "atelier.topics.survey=" + MatrixCampaignFlowIT.SURVEY_TOPIC})
class MatrixCampaignFlowIT {

    static final String SURVEY_TOPIC = "it.matrix-flow.survey.events";

    private static final String TWO_OWNERS = """
            {"cells":[{"task":"delivery","department":"logistics","mark":"R"},{"task":"delivery","department":"sales","mark":"R"},
                      {"task":"contract-fulfilment","department":"production","mark":"P"}]}""";
    private static final String ONE_OWNER = """
            {"cells":[{"task":"delivery","department":"logistics","mark":"R"},{"task":"contract-fulfilment","department":"sales","mark":"R"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Test
    void openTwoSubmitCloseGivesSchemaValidEventsAndNamesNobody() {
        CampaignsForTests people = new CampaignsForTests(directory, port);
        List<String> bodies = new ArrayList<>();
        String id = people.open();
        ApiClient top = people.as(people.top, "sales");
        ApiClient head = people.as(people.head, "logistics");

        ApiClient.Response form = record(bodies, top.get("/api/matrix-campaigns/" + id + "/form"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("level").asString()).isEqualTo("TOP_MANAGEMENT");
        assertThat(form.json().get("department").asString()).isEqualTo("sales");
        assertThat(form.json().get("tasks").size()).isGreaterThanOrEqualTo(12);

        ApiClient.Response draft = record(bodies, top.put("/api/matrix-campaigns/" + id + "/draft", TWO_OWNERS));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("warnings").values()).anySatisfy(warning -> {
            assertThat(warning.get("task").asString()).isEqualTo("delivery");
            assertThat(warning.get("responsible").asInt()).isEqualTo(2);
        });
        assertThat(record(bodies, top.get("/api/matrix-campaigns/" + id + "/form")).json().get("cells").size()).isEqualTo(3);

        ApiClient.Response submitted = record(bodies, top.postJson("/api/matrix-campaigns/" + id + "/response", TWO_OWNERS));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("submitted").asBoolean()).isTrue();
        assertThat(record(bodies, top.postJson("/api/matrix-campaigns/" + id + "/response", ONE_OWNER)).status())
                .as("a second submission").isEqualTo(409);
        assertThat(record(bodies, head.postJson("/api/matrix-campaigns/" + id + "/response", ONE_OWNER)).status()).isEqualTo(200);
        assertThat(record(bodies, people.as(people.outsider, "sales").get("/api/matrix-campaigns/" + id + "/form")).status()).isEqualTo(403);

        ApiClient.Response progress = record(bodies, people.management().get("/api/matrix-campaigns/" + id));
        assertThat(progress.json().get("submitted").asInt()).isEqualTo(2);
        assertThat(progress.json().get("progress").values()).anySatisfy(group -> {
            assertThat(group.get("level").asString()).isEqualTo("DIVISION_HEAD");
            assertThat(group.get("department").asString()).isEqualTo("logistics");
            assertThat(group.get("submitted").asInt()).isEqualTo(1);
        });

        ApiClient.Response closed = record(bodies, people.management().postJson("/api/matrix-campaigns/" + id + "/closure", "{}"));
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(record(bodies, people.as(people.staff, "sales").postJson("/api/matrix-campaigns/" + id + "/response", ONE_OWNER)).status())
                .as("a closed campaign refuses responses").isEqualTo(409);

        List<PublishedRecord> events = awaitEvents(id, 4);
        assertThat(events).extracting(record -> record.header("ce_type")).containsExactly(
                "org.atelier.survey.SurveyCampaignOpened.v1", "org.atelier.survey.SurveySubmitted.v1", "org.atelier.survey.SurveySubmitted.v1",
                "org.atelier.survey.SurveyCampaignClosed.v1");
        assertThat(events.get(1).payload()).contains("\"TOP_MANAGEMENT\"", "\"delivery\"");
        assertThat(events.get(3).payload()).contains("\"submitted\":2", "\"closedBy\":\"HAND\"");

        List<String> everything = new ArrayList<>(bodies);
        events.forEach(record -> {
            everything.add(record.payload());
            everything.add(record.headers().toString());
        });
        for (String username : List.of(people.top, people.head, people.staff, people.outsider)) {
            assertThat(everything).as("no trace of " + username).noneMatch(text -> text.contains(username));
        }
    }

    private static ApiClient.Response record(List<String> bodies, ApiClient.Response response) {
        bodies.add(response.body());
        return response;
    }

    /** The campaign's events on the survey topic, once {@code expected} are there and no more follow, each checked against its contract. */
    private static List<PublishedRecord> awaitEvents(String campaignId, int expected) {
        try (EventTopicReader reader = new EventTopicReader(SURVEY_TOPIC)) {
            List<PublishedRecord> events = await().atMost(Duration.ofSeconds(45))
                    .until(() -> reader.poll().stream().filter(record -> campaignId.equals(record.key())).toList(), found -> found.size() >= expected);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> reader.poll().stream().filter(record -> campaignId.equals(record.key())).count() == events.size());
            assertThat(events).hasSize(expected);
            for (PublishedRecord record : events) {
                EventMetadata metadata = EventMetadata.fromHeaders(record::header);
                assertThat(metadata.subject()).isEqualTo(campaignId);
                assertThat(EventSchemas.violations(SurveyEvents.schemaResource(metadata.type()), record.payload())).as(record.payload()).isEmpty();
            }
            return events;
        }
    }
}
