package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The exit-interview read model fed over the real broker with survey-service's and loyalty-service's golden samples.
 * Each test uses its own year, so the tests do not see each other's cases.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_interviews_it",
        "atelier.topics.loyalty=" + ExitInterviewProjectionIT.LOYALTY,
        "atelier.topics.survey=" + ExitInterviewProjectionIT.SURVEY})
class ExitInterviewProjectionIT {

    static final String LOYALTY = "it.interviews.loyalty.events";
    static final String SURVEY = "it.interviews.survey.events";

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    private ApiClient api;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @BeforeEach
    void client() {
        api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    @Test
    void aCompletedInterviewOfALossMakesTheRateAndARedeliveryChangesNothing() {
        String customer = UUID.randomUUID().toString();
        publish(LOYALTY, loyalty(LoyaltyEvents.CUSTOMER_LOST_V1, customer, 2041));
        publish(LOYALTY, loyalty(LoyaltyEvents.CUSTOMER_LOST_V1, UUID.randomUUID().toString(), 2041));
        String caseId = UUID.randomUUID().toString();
        GoldenSample completed = survey(SurveyEvents.EXIT_INTERVIEW_COMPLETED_V1, caseId, customer, 2041);
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, caseId, customer, 2041));
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_ATTEMPT_LOGGED_V1, caseId, customer, 2041));
        publish(SURVEY, completed);
        publish(SURVEY, completed);

        JsonNode report = await().atMost(Duration.ofSeconds(45)).until(() -> interviews(2041),
                r -> r.get("losses").asInt() == 2 && r.get("funnel").get("completed").asInt() >= 1);

        assertThat(report.get("funnel").get("opened").asInt()).isEqualTo(1);
        assertThat(report.get("funnel").get("contacted").asInt()).isEqualTo(1);
        assertThat(report.get("funnel").get("completed").asInt()).isEqualTo(1);
        assertThat(report.get("funnel").get("byInterview").asInt()).isEqualTo(1);
        assertThat(report.get("interviewRateBp").asInt()).isEqualTo(5_000);
        // Both the loss and the interview sample name staff attitude as the primary reason.
        assertThat(report.get("salesVsCustomer").get("primaryReasonsMatch").asInt()).isEqualTo(1);
    }

    @Test
    void aCaseClosedAsRegainedOrUnreachableIsCountedAsSuch() {
        String regained = UUID.randomUUID().toString();
        String unreachable = UUID.randomUUID().toString();
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, regained, UUID.nameUUIDFromBytes("c1".getBytes()).toString(), 2042));
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1, regained, UUID.nameUUIDFromBytes("c1".getBytes()).toString(), 2042).withPayloadField("outcome", "REGAINED"));
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, unreachable, UUID.nameUUIDFromBytes("c2".getBytes()).toString(), 2042));
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1, unreachable, UUID.nameUUIDFromBytes("c2".getBytes()).toString(), 2042));

        JsonNode funnel = await().atMost(Duration.ofSeconds(45)).until(() -> interviews(2042).get("funnel"),
                f -> f.get("regained").asInt() + f.get("unreachable").asInt() == 2);

        assertThat(funnel.get("opened").asInt()).isEqualTo(2);
        assertThat(funnel.get("regained").asInt()).isEqualTo(1);
        assertThat(funnel.get("unreachable").asInt()).isEqualTo(1);
        assertThat(funnel.get("open").asInt()).isZero();
    }

    @Test
    void aCaseClosedAsWithdrawnWithItsLossIsCountedNowhere() {
        String counted = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();
        String withdrawnCustomer = UUID.randomUUID().toString();
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, counted, UUID.randomUUID().toString(), 2044));
        publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, withdrawn, withdrawnCustomer, 2044));
        GoldenSample closed = GoldenSample.load("samples/survey/ExitInterviewClosed.v1.withdrawn.json")
                .withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", withdrawn)
                .withPayloadField("caseId", withdrawn).withPayloadField("customerId", withdrawnCustomer).withPayloadField("lostOn", "2044-03-14");
        publish(SURVEY, new GoldenSample(withdrawn, closed.headers(), closed.payload()));

        await().atMost(Duration.ofSeconds(45)).until(() -> mongo.exists(
                Query.query(Criteria.where("caseId").is(withdrawn).and("kind").is("WITHDRAWN")), "churn_interview_facts"));
        JsonNode funnel = await().atMost(Duration.ofSeconds(45)).until(() -> interviews(2044).get("funnel"),
                f -> f.get("opened").asInt() == 1);

        assertThat(funnel.get("open").asInt()).as("the other case, still open").isEqualTo(1);
        assertThat(funnel.get("regained").asInt() + funnel.get("unreachable").asInt() + funnel.get("declined").asInt()
                + funnel.get("completed").asInt()).isZero();
    }

    @Test
    void anEventBreakingItsSchemaGoesToTheDeadLetterTopicAndTheNextIsCounted() {
        try (EventTopicReader deadLetters = new EventTopicReader(SURVEY + ".reporting-service.dlq")) {
            String broken = UUID.randomUUID().toString();
            publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_CLOSED_V1, broken, UUID.nameUUIDFromBytes("c3".getBytes()).toString(), 2043).withPayloadField("outcome", "LOST_INTEREST"));
            publish(SURVEY, survey(SurveyEvents.EXIT_INTERVIEW_OPENED_V1, UUID.randomUUID().toString(), UUID.nameUUIDFromBytes("c4".getBytes()).toString(), 2043));

            await().atMost(Duration.ofSeconds(45)).until(() -> interviews(2043).get("funnel").get("opened").asInt() == 1);
            await().atMost(Duration.ofSeconds(30)).until(deadLetters::poll, records -> !records.isEmpty());
            assertThat(interviews(2043).get("funnel").get("unreachable").asInt()).isZero();
        }
    }

    @Test
    void aYearOutOfRangeIsAProblem() {
        ApiClient.Response response = api.get("/api/reports/exit-interviews?year=1200");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private static GoldenSample loyalty(org.atelier.events.envelope.EventType type, String customer, int year) {
        return GoldenSample.load(LoyaltyEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withPayloadField("customerId", customer).withPayloadField("lostOn", year + "-03-14");
    }

    private static GoldenSample survey(org.atelier.events.envelope.EventType type, String caseId, String customer, int year) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", caseId)
                .withPayloadField("caseId", caseId).withPayloadField("customerId", customer).withPayloadField("lostOn", year + "-03-14");
        return new GoldenSample(caseId, sample.headers(), sample.payload());
    }

    private static void publish(String topic, GoldenSample sample) {
        writer.send(topic, sample.key(), sample.headers(), sample.payload());
    }

    private JsonNode interviews(int year) {
        ApiClient.Response response = api.get("/api/reports/exit-interviews?year=" + year);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
