package org.atelier.claims.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.directory.CompanyDirectory;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.Meetings;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.claims.meeting.messaging.MeetingEventTranslator;
import org.atelier.claims.meeting.persistence.MongoMeetings;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.LoyaltyCustomers;
import org.atelier.events.envelope.EventType;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxCollections;
import org.atelier.outbox.OutboxRelay;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Planning a meeting is one write, on the shared broker and embedded MongoDB: the meeting with its
 * {@code MeetingPlanned} and a {@code ClaimScheduled} per claim, nothing else. A failed write leaves nothing scheduled
 * and nothing to publish; two meetings planned with one item are refused by the open agenda's unique index, also when
 * planned at the same moment; a meeting held frees its adjourned items for the next.
 */
@UsesSharedInfrastructure
@ExtendWith({CompanyDirectory.class, LoyaltyCustomers.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=claims_planning_it",
        "atelier.customers.group=claims-planning-it",
        "atelier.topics.claims=" + MeetingPlanningIT.TOPIC})
class MeetingPlanningIT {

    static final String TOPIC = "it.claims-planning.claims.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CurrentUser CEO = new CurrentUser("ceo", "Chief Executive", "board", "TOP_MANAGEMENT", Set.of(Role.MANAGEMENT));

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Claims claims;
    @Autowired
    Commendations commendations;
    @Autowired
    Meetings meetings;
    @Autowired
    RunningMeetings running;
    @Autowired
    BonusPolicies policies;
    @Autowired
    Departments departments;
    @Autowired
    OutboxRelay relay;
    @Autowired
    OutboxCollections collections;
    @Autowired
    Clock clock;

    Callers callers;
    String regulation;

    @BeforeEach
    void setUp() {
        callers = new Callers(port);
        regulation = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(callers.management().postJson("/api/regulations", Callers.regulationBody(regulation)).status()).isEqualTo(201);
    }

    @Test
    void aFailedMeetingWriteLeavesNoItemScheduledAndNoEventAndPlanningAgainWorks() {
        String claimId = fileClaim();
        String commendationId = fileCommendation();
        awaitOutboxEmpty("claims", claimId);
        awaitOutboxEmpty("commendations", commendationId);
        long claimVersion = mongo.findById(claimId, Document.class, "claims").get("version", Number.class).longValue();
        List<AgendaItem> agenda = List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claimId), new AgendaItem(AgendaItem.Kind.COMMENDATION, commendationId));

        assertThatThrownBy(() -> planningOver(new InsertFails(mongo)).plan(CEO, LocalDate.now(ZoneOffset.UTC), agenda))
                .isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(status("/api/claims/" + claimId)).isEqualTo("FILED");
        assertThat(status("/api/commendations/" + commendationId)).isEqualTo("FILED");
        assertThat(mongo.count(Query.query(Criteria.where("openAgenda").in("CLAIM:" + claimId, "COMMENDATION:" + commendationId)), "meetings")).as("no meeting").isZero();
        Document claimDoc = mongo.findById(claimId, Document.class, "claims");
        assertThat(claimDoc.get("version", Number.class).longValue()).as("the claim is not written").isEqualTo(claimVersion);
        assertThat(outbox(claimDoc)).isEmpty();
        assertThat(outbox(mongo.findById(commendationId, Document.class, "commendations"))).isEmpty();

        ApiClient.Response planned = planViaApi(claimId, commendationId);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meetingId = planned.json().get("id").asString();
        ApiClient.Response claim = callers.management().get("/api/claims/" + claimId);
        assertThat(claim.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(status("/api/commendations/" + commendationId)).isEqualTo("SCHEDULED");
        assertThat(claim.body()).contains(meetingId);

        Map<String, List<EventTopicReader.PublishedRecord>> byKey = awaitEvents(Map.of(claimId, 2, commendationId, 1, meetingId, 1));
        assertThat(types(byKey.get(claimId))).as("the failed planning published nothing").containsExactly("ClaimFiled.v1", "ClaimScheduled.v1");
        assertThat(types(byKey.get(commendationId))).containsExactly("CommendationFiled.v1");
        assertThat(types(byKey.get(meetingId))).containsExactly("MeetingPlanned.v1");
        JsonNode scheduled = JSON.readTree(byKey.get(claimId).get(1).payload());
        assertThat(scheduled.get("claimId").asString()).isEqualTo(claimId);
        assertThat(scheduled.get("meetingId").asString()).isEqualTo(meetingId);
        assertThat(scheduled.get("scheduledBy").asString()).isEqualTo("ceo");
        assertSchemaValidAndKeyed(byKey);
    }

    @Test
    void oneItemGoesOnOneOpenAgendaEvenWhenMeetingsArePlannedAtOnce() throws Exception {
        String claimId = fileClaim();
        List<AgendaItem> agenda = List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claimId));
        int planners = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(planners);
        List<Future<Meeting>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < planners; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return running.plan(CEO, LocalDate.now(ZoneOffset.UTC).plusDays(7), agenda);
                }));
            }
            start.countDown();
            int planned = 0;
            for (Future<Meeting> attempt : attempts) {
                try {
                    attempt.get(30, TimeUnit.SECONDS);
                    planned++;
                } catch (java.util.concurrent.ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(Lifecycle.IllegalTransition.class);
                }
            }
            assertThat(planned).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(Query.query(Criteria.where("openAgenda").is("CLAIM:" + claimId)), "meetings")).isEqualTo(1);

        // A planning that read the claim as filed before the winner was written: the store refuses it.
        Lifecycle.IllegalTransition racing = org.assertj.core.api.Assertions.catchThrowableOfType(Lifecycle.IllegalTransition.class,
                () -> meetings.save(Meeting.plan(UUID.randomUUID().toString(), LocalDate.now(ZoneOffset.UTC), agenda, "ceo", clock.instant())));
        assertThat(racing.code()).isEqualTo("alreadyOnAgenda");
        ApiClient.Response again = planViaApi(claimId);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(mongo.count(Query.query(Criteria.where("openAgenda").is("CLAIM:" + claimId)), "meetings")).isEqualTo(1);

        Map<String, List<EventTopicReader.PublishedRecord>> byKey = awaitEvents(Map.of(claimId, 2));
        assertThat(types(byKey.get(claimId))).containsExactly("ClaimFiled.v1", "ClaimScheduled.v1");
    }

    @Test
    void aHeldMeetingFreesItsAdjournedItemsForTheNextMeeting() {
        String claimId = fileClaim();
        String first = planViaApi(claimId).json().get("id").asString();
        ApiClient.Response held = callers.management().postJson("/api/meetings/" + first + "/attendance", "{\"present\":[\"marketing-head\"]}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(status("/api/claims/" + claimId)).isEqualTo("FILED");
        assertThat(mongo.findById(first, Document.class, "meetings")).as("held: off the open agendas").doesNotContainKey("openAgenda");

        ApiClient.Response next = planViaApi(claimId);
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        String second = next.json().get("id").asString();

        ApiClient.Response claim = callers.management().get("/api/claims/" + claimId);
        assertThat(claim.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(claim.json().findValuesAsString("to")).containsSubsequence("FILED", "SCHEDULED", "ADJOURNED", "SCHEDULED");
        Map<String, List<EventTopicReader.PublishedRecord>> byKey = awaitEvents(Map.of(claimId, 3));
        assertThat(types(byKey.get(claimId))).containsExactly("ClaimFiled.v1", "ClaimScheduled.v1", "ClaimScheduled.v1");
        assertThat(byKey.get(claimId).stream().skip(1).map(r -> JSON.readTree(r.payload()).get("meetingId").asString())).containsExactly(first, second);
    }

    private RunningMeetings planningOver(MongoTemplate template) {
        AggregateDocuments documents = new AggregateDocuments(template, relay, collections);
        Meetings failing = new MongoMeetings(template, new MeetingEventTranslator(JSON, TOPIC), documents, clock);
        return new RunningMeetings(failing, claims, commendations, policies, departments, clock, ZoneOffset.UTC);
    }

    /** The database refuses the meeting's insert, as when the connection drops at that moment. */
    private static final class InsertFails extends MongoTemplate {
        InsertFails(MongoTemplate real) {
            super(real.getMongoDatabaseFactory(), real.getConverter());
        }

        @Override
        public <T> T insert(T objectToSave) {
            throw new DataAccessResourceFailureException("the connection was lost");
        }
    }

    private String fileClaim() {
        ApiClient.Response filed = callers.head("sales").postJson("/api/claims",
                Callers.claimBody(regulation, LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), 100_000));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    private String fileCommendation() {
        ApiClient.Response petition = callers.head("marketing").postJson("/api/commendations", """
                {"commendedDepartment":"production","help":"Sewed the exhibition pieces in four days","currency":"RUB",
                 "proposedRewardMinor":5000000}""");
        assertThat(petition.status()).as(petition.body()).isEqualTo(201);
        return petition.json().get("id").asString();
    }

    private ApiClient.Response planViaApi(String claimId, String... commendationIds) {
        StringBuilder agenda = new StringBuilder("{\"kind\":\"CLAIM\",\"id\":\"" + claimId + "\"}");
        for (String id : commendationIds) {
            agenda.append(",{\"kind\":\"COMMENDATION\",\"id\":\"").append(id).append("\"}");
        }
        return callers.management().postJson("/api/meetings", "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"agenda\":[" + agenda + "]}");
    }

    private String status(String path) {
        ApiClient.Response response = callers.management().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("status").asString();
    }

    private void awaitOutboxEmpty(String collection, String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox(mongo.findById(id, Document.class, collection)).isEmpty());
    }

    private static List<Object> outbox(Document document) {
        List<Object> pending = document.getList("outbox", Object.class);
        return pending == null ? List.of() : pending;
    }

    /** Waits for at least this many events per key, then a little longer so that any extra one would be seen too. */
    private static Map<String, List<EventTopicReader.PublishedRecord>> awaitEvents(Map<String, Integer> atLeast) {
        try (EventTopicReader topic = new EventTopicReader(TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<String, Long> counts = topic.poll().stream().collect(Collectors.groupingBy(EventTopicReader.PublishedRecord::key, Collectors.counting()));
                return atLeast.entrySet().stream().allMatch(e -> counts.getOrDefault(e.getKey(), 0L) >= e.getValue());
            });
            return await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(topic::poll, records -> true).stream()
                    .filter(r -> atLeast.containsKey(r.key())).collect(Collectors.groupingBy(EventTopicReader.PublishedRecord::key));
        }
    }

    private static List<String> types(List<EventTopicReader.PublishedRecord> records) {
        return records.stream().map(r -> r.header("ce_type").replace("org.atelier.claims.", "")).toList();
    }

    private static void assertSchemaValidAndKeyed(Map<String, List<EventTopicReader.PublishedRecord>> byKey) {
        byKey.values().stream().flatMap(List::stream).forEach(event -> {
            EventType type = EventType.parse(event.header("ce_type"));
            assertThat(EventSchemas.violations(ClaimsEvents.schemaResource(type), event.payload())).as(event.payload()).isEmpty();
            assertThat(event.header("ce_subject")).isEqualTo(event.key());
        });
    }
}
