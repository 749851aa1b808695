package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.survey.customer.KnownCustomers;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.directory.testing.IdentityTopicWriter;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Loyalty's events in over the real broker, a case worked through the API, and survey's events out on the real
 * broker, each checked against its published schema.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_exit_flow_it",
        "atelier.topics.loyalty=" + ExitInterviewFlowIT.LOYALTY_TOPIC,
        "atelier.topics.survey=" + ExitInterviewFlowIT.SURVEY_TOPIC})
class ExitInterviewFlowIT {

    static final String LOYALTY_TOPIC = "it.exit-flow.loyalty.events";
    static final String SURVEY_TOPIC = "it.exit-flow.survey.events";

    private static LoyaltyTopic loyalty;
    private static final LocalDate LOST_ON = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    KnownCustomers customers;

    @BeforeAll
    static void openTopic() {
        loyalty = new LoyaltyTopic(LOYALTY_TOPIC);
    }

    @AfterAll
    static void closeTopic() {
        loyalty.close();
    }

    @Test
    void aLossDeliveredTwiceOpensOneCaseWhichItsManagerWorksToCompletion() {
        String customerId = UUID.randomUUID().toString();
        String manager = "manager-" + customerId.substring(0, 8);
        loyalty.publish(loyalty.registered(customerId, "Northwind Trading", manager, "sales"));
        GoldenSample lost = loyalty.lost(customerId, "Northwind Trading", LOST_ON);
        loyalty.publish(lost);
        loyalty.publish(lost);
        // After the duplicate on the same key: once it is applied, the duplicate has been handled too.
        loyalty.publish(loyalty.significanceChanged(customerId, "KEY", "REGULAR"));
        await().atMost(Duration.ofSeconds(45)).until(() -> customers.find(customerId)
                .map(customer -> "REGULAR".equals(customer.significance())).orElse(false));
        String caseId = CaseId.forLoss(lost.headers().get("ce_id"));
        ApiClient asManager = api(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());

        JsonNode worklist = asManager.get("/api/exit-interviews").json();
        assertThat(worklist).hasSize(1);
        assertThat(worklist.get(0).get("id").asString()).isEqualTo(caseId);
        assertThat(worklist.get(0).get("assignee").asString()).isEqualTo(manager);
        assertThat(worklist.get(0).get("customerName").asString()).isEqualTo("Northwind Trading");
        assertThat(worklist.get(0).get("dueOn").asString()).isEqualTo(LOST_ON.plusDays(30).toString());

        ApiClient.Response attempt = asManager.postJson("/api/exit-interviews/" + caseId + "/attempts",
                "{\"channel\":\"PHONE\",\"on\":\"" + YESTERDAY + "\",\"outcome\":\"NO_ANSWER\"}");
        assertThat(attempt.status()).as(attempt.body()).isEqualTo(200);
        ApiClient.Response interview = asManager.postJson("/api/exit-interviews/" + caseId + "/interview", """
                {"channel":"MEETING","on":"%s","reasons":[
                   {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]},
                   {"code":"CONTRACT_FULFILMENT","primary":false,"departmentsAtFault":[]}],
                 "wouldHaveKept":"Deliveries on the agreed day","wouldReturn":"MAYBE","comment":"Open to talk again in spring"}"""
                .formatted(YESTERDAY));
        assertThat(interview.status()).as(interview.body()).isEqualTo(200);
        assertThat(interview.json().get("state").asString()).isEqualTo("COMPLETED");

        List<PublishedRecord> events = awaitEvents(caseId, 4);
        assertThat(events).extracting(record -> record.header("ce_type")).containsExactly(
                "org.atelier.survey.ExitInterviewOpened.v1", "org.atelier.survey.ExitInterviewAttemptLogged.v1",
                "org.atelier.survey.ExitInterviewAttemptLogged.v1", "org.atelier.survey.ExitInterviewCompleted.v1");
        assertThat(events.get(3).payload()).contains("\"channel\":\"INTERVIEW\"", "\"wouldReturn\":\"MAYBE\"", "\"logistics\"")
                .doesNotContain(manager, "Open to talk again");
        assertThat(events.get(0).payload()).doesNotContain(manager);
    }

    @Test
    void theReplicaKeepsTheLatestProfileWhenAnOlderEventIsRedelivered() {
        String customerId = UUID.randomUUID().toString();
        GoldenSample registered = loyalty.registered(customerId, "Litware", "first-manager", "sales");
        loyalty.publish(registered);
        loyalty.publish(loyalty.profileChanged(customerId, "Litware Group", "second-manager", "marketing"));
        loyalty.publish(registered);
        loyalty.publish(loyalty.significanceChanged(customerId, "KEY", "REGULAR"));

        await().atMost(Duration.ofSeconds(45)).until(() -> customers.find(customerId)
                .map(customer -> "REGULAR".equals(customer.significance())).orElse(false));

        assertThat(customers.find(customerId)).hasValueSatisfying(customer -> {
            assertThat(customer.name()).isEqualTo("Litware Group");
            assertThat(customer.accountManager()).isEqualTo("second-manager");
            assertThat(customer.department()).isEqualTo("marketing");
        });
    }

    @Test
    void aLossBreakingItsSchemaGoesToTheDeadLetterTopicAndTheNextLossStillOpensItsCase() {
        String customerId = UUID.randomUUID().toString();
        GoldenSample broken = loyalty.lost(customerId, "Proseware", LOST_ON).withPayloadField("lostOn", "not a date");
        try (EventTopicReader deadLetters = new EventTopicReader(LOYALTY_TOPIC + ".survey-service.dlq")) {
            loyalty.publish(broken);
            GoldenSample next = loyalty.lost(customerId, "Proseware", LOST_ON);
            loyalty.publish(next);

            awaitEvents(CaseId.forLoss(next.headers().get("ce_id")), 1);
            List<PublishedRecord> dead = await().atMost(Duration.ofSeconds(45)).until(deadLetters::poll,
                    records -> records.stream().anyMatch(record -> broken.headers().get("ce_id").equals(record.header("ce_id"))));
            assertThat(dead).filteredOn(record -> broken.headers().get("ce_id").equals(record.header("ce_id"))).singleElement()
                    .satisfies(record -> assertThat(record.header("x-exception-message")).contains("org.atelier.loyalty.CustomerLost.v1"));
        }
        // The broken loss came first on the same key, so once the next one opened its case the broken one had been handled.
        try (EventTopicReader survey = new EventTopicReader(SURVEY_TOPIC)) {
            String brokenCase = CaseId.forLoss(broken.headers().get("ce_id"));
            assertThat(await().atMost(Duration.ofSeconds(10)).until(survey::poll, records -> !records.isEmpty()))
                    .noneMatch(record -> brokenCase.equals(record.key()));
        }
    }

    @Test
    void aRegainClosesTheOpenCase() {
        String customerId = UUID.randomUUID().toString();
        String manager = "manager-" + customerId.substring(0, 8);
        loyalty.publish(loyalty.registered(customerId, "Contoso", manager, "sales"));
        GoldenSample lost = loyalty.lost(customerId, "Contoso", LOST_ON);
        loyalty.publish(lost);
        loyalty.publish(loyalty.regained(customerId, LOST_ON, YESTERDAY));
        String caseId = CaseId.forLoss(lost.headers().get("ce_id"));

        List<PublishedRecord> events = awaitEvents(caseId, 2);

        assertThat(events.get(1).header("ce_type")).isEqualTo("org.atelier.survey.ExitInterviewClosed.v1");
        assertThat(events.get(1).payload()).contains("\"outcome\":\"REGAINED\"");
        ApiClient asManager = api(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        assertThat(asManager.get("/api/exit-interviews/" + caseId).json().get("state").asString()).isEqualTo("REGAINED");
    }

    @Test
    void aWithdrawnLossClosesItsOpenCaseAsWithdrawnAndSaysSoOnceEvenWhenRedelivered() {
        String customerId = UUID.randomUUID().toString();
        String manager = "manager-" + customerId.substring(0, 8);
        loyalty.publish(loyalty.registered(customerId, "Adventure Works", manager, "sales"));
        java.time.Instant recordedAt = java.time.Instant.now().minusSeconds(60);
        GoldenSample lost = loyalty.lost(customerId, "Adventure Works", LOST_ON).withPayloadField("recordedAt", recordedAt.toString());
        loyalty.publish(lost);
        GoldenSample withdrawn = loyalty.withdrawn(customerId, LOST_ON, recordedAt.plusSeconds(30));
        loyalty.publish(withdrawn);
        loyalty.publish(withdrawn);
        String caseId = CaseId.forLoss(lost.headers().get("ce_id"));

        List<PublishedRecord> events = awaitEvents(caseId, 2);

        assertThat(events).extracting(record -> record.header("ce_type"))
                .containsExactly("org.atelier.survey.ExitInterviewOpened.v1", "org.atelier.survey.ExitInterviewClosed.v1");
        assertThat(events.get(1).payload()).contains("\"outcome\":\"WITHDRAWN\"", "\"lostOn\":\"" + LOST_ON + "\"", "\"attempts\":0");
        ApiClient asManager = api(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        JsonNode closed = asManager.get("/api/exit-interviews/" + caseId).json();
        assertThat(closed.get("state").asString()).isEqualTo("WITHDRAWN");
        ApiClient.Response attempt = asManager.postJson("/api/exit-interviews/" + caseId + "/attempts",
                "{\"channel\":\"PHONE\",\"on\":\"" + YESTERDAY + "\",\"outcome\":\"NO_ANSWER\"}");
        assertThat(attempt.status()).as("a withdrawn case is closed to work").isEqualTo(409);
    }

    @Test
    void aWithdrawalLeavesACompletedCaseAsItWas() {
        String customerId = UUID.randomUUID().toString();
        String manager = "manager-" + customerId.substring(0, 8);
        loyalty.publish(loyalty.registered(customerId, "Coho Winery", manager, "sales"));
        GoldenSample lost = loyalty.lost(customerId, "Coho Winery", LOST_ON);
        loyalty.publish(lost);
        String caseId = CaseId.forLoss(lost.headers().get("ce_id"));
        awaitEvents(caseId, 1);
        ApiClient asManager = api(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        ApiClient.Response interview = asManager.postJson("/api/exit-interviews/" + caseId + "/interview", """
                {"channel":"PHONE","on":"%s","reasons":[{"code":"LOGISTICS","primary":true,"departmentsAtFault":[]}],
                 "wouldHaveKept":null,"wouldReturn":"YES","comment":null}""".formatted(YESTERDAY));
        assertThat(interview.status()).as(interview.body()).isEqualTo(200);

        loyalty.publish(loyalty.withdrawn(customerId, LOST_ON, java.time.Instant.now()));
        // Handled once the next event on the customer's key has been applied.
        loyalty.publish(loyalty.significanceChanged(customerId, "KEY", "REGULAR"));
        await().atMost(Duration.ofSeconds(45)).until(() -> customers.find(customerId)
                .map(customer -> "REGULAR".equals(customer.significance())).orElse(false));

        assertThat(asManager.get("/api/exit-interviews/" + caseId).json().get("state").asString()).isEqualTo("COMPLETED");
        assertThat(awaitEvents(caseId, 3)).extracting(record -> record.header("ce_type")).containsExactly(
                "org.atelier.survey.ExitInterviewOpened.v1", "org.atelier.survey.ExitInterviewAttemptLogged.v1",
                "org.atelier.survey.ExitInterviewCompleted.v1");
    }

    @Test
    void whenTheManagerHasLeftTheDepartmentsHeadGetsTheCase() {
        String customerId = UUID.randomUUID().toString();
        String suffix = customerId.substring(0, 8);
        String department = "it-exit-" + suffix;
        try (IdentityTopicWriter identity = new IdentityTopicWriter()) {
            identity.created(new org.atelier.directory.DirectoryDepartment(department, "Exit " + suffix, "Выход " + suffix, true));
            identity.person("gone-" + suffix, department, "COMMERCIAL_STAFF", false, "EMPLOYEE");
            identity.person("head-" + suffix, department, "DIVISION_HEAD", true, "EMPLOYEE", "DEPARTMENT_HEAD");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.person("head-" + suffix).isPresent()
                && directory.person("gone-" + suffix).isPresent());
        loyalty.publish(loyalty.registered(customerId, "Fabrikam", "gone-" + suffix, department));
        GoldenSample lost = loyalty.lost(customerId, "Fabrikam", LOST_ON);
        loyalty.publish(lost);

        List<PublishedRecord> events = awaitEvents(CaseId.forLoss(lost.headers().get("ce_id")), 1);

        assertThat(events.get(0).payload()).contains("\"department\":\"" + department + "\"");
        ApiClient asHead = api(TestIdentityProvider.user(department, "EMPLOYEE", "DEPARTMENT_HEAD").subject("head-" + suffix).signed());
        assertThat(asHead.get("/api/exit-interviews").json()).singleElement()
                .satisfies(c -> assertThat(c.get("assignee").asString()).isEqualTo("head-" + suffix));
    }

    @Autowired
    org.atelier.directory.Directory directory;

    /** The case's events on the survey topic, once at least {@code expected} are there, each checked against its contract. */
    private static List<PublishedRecord> awaitEvents(String caseId, int expected) {
        try (EventTopicReader reader = new EventTopicReader(SURVEY_TOPIC)) {
            List<PublishedRecord> events = await().atMost(Duration.ofSeconds(45))
                    .until(() -> reader.poll().stream().filter(record -> caseId.equals(record.key())).toList(), found -> found.size() >= expected);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> reader.poll().stream().filter(record -> caseId.equals(record.key())).count() == events.size());
            for (PublishedRecord record : events) {
                EventMetadata metadata = EventMetadata.fromHeaders(record::header);
                assertThat(metadata.subject()).isEqualTo(caseId);
                assertThat(metadata.source()).isEqualTo("/atelier/survey");
                assertThat(EventSchemas.violations(SurveyEvents.schemaResource(metadata.type()), record.payload())).as(record.payload()).isEmpty();
            }
            assertThat(events).filteredOn(record -> record.header("ce_type").endsWith("ExitInterviewOpened.v1")).hasSize(1);
            return events;
        }
    }

    private ApiClient api(String token) {
        return ApiClient.localPort(port).withToken(token);
    }
}
