package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.atelier.identity.directory.config.PublishDirectoryOnFirstStart;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A provider upgraded to this version finds departments and people stored by the one before (no version on the
 * departments, no outbox anywhere) and a directory topic made by a consumer that subscribed first, not compacted.
 * Its first start makes the topic compacted and announces each of them once, as they are; a second run announces
 * nobody again.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=" + DirectoryBackfillIT.DATABASE,
        "atelier.topics.identity=" + DirectoryBackfillIT.TOPIC,
        "spring.security.oauth2.authorizationserver.issuer=" + RunningProvider.ISSUER,
        RunningProvider.WITHOUT_SERVICE_SECURITY})
class DirectoryBackfillIT {

    static final String DATABASE = "identity_backfill_it";
    static final String TOPIC = "it.identity-backfill.identity.events";
    private static final List<String> DEPARTMENTS = List.of("sales", "legal", "logistics");
    private static final List<String> PEOPLE = List.of("olga.sales", "former.lawyer", "ivan.logistics");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    private DirectoryTopicRecords topic;

    /** Before the provider starts: what the version before it left behind. */
    @DynamicPropertySource
    static void storedByTheVersionBefore(DynamicPropertyRegistry registry) throws Exception {
        SharedInfrastructure.start();
        try (MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            database.drop();
            database.getCollection("departments").insertMany(List.of(
                    new Document("_id", "sales").append("nameEn", "Sales").append("nameRu", "Продажи").append("active", true),
                    new Document("_id", "legal").append("nameEn", "Legal").append("nameRu", "Юридический отдел").append("active", false),
                    new Document("_id", "logistics").append("nameEn", "Logistics").append("nameRu", "Логистика").append("active", true)));
            database.getCollection("users").insertMany(List.of(
                    user("olga.sales", "Olga Petrova", "sales", "COMMERCIAL_STAFF", List.of("EMPLOYEE"), true),
                    user("former.lawyer", "Pyotr Lvov", "legal", "OTHER_STAFF", List.of("EMPLOYEE"), false),
                    user("ivan.logistics", "Ivan Orlov", "logistics", "DIVISION_HEAD", List.of("DEPARTMENT_HEAD", "EMPLOYEE"), true)));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(3), Optional.empty()))).all().get();
        }
    }

    private static Document user(String username, String name, String department, String level, List<String> roles, boolean active) {
        return new Document("_id", username).append("displayName", name).append("email", username + "@example.com")
                .append("department", department).append("level", level).append("roles", roles).append("active", active)
                .append("passwordHash", "{bcrypt}not-a-real-hash").append("passwordChangedAt", Date.from(Instant.parse("2026-01-10T09:00:00Z")))
                .append("temporaryPassword", false).append("version", 3L);
    }

    @BeforeEach
    void readTheTopic() {
        topic = new DirectoryTopicRecords(TOPIC);
    }

    @AfterEach
    void stopReading() {
        topic.close();
    }

    @Test
    void everyDepartmentAndPersonStoredBeforeIsPublishedOnceAsTheyAre() {
        JsonNode legal = topic.exactlyOneMore(IdentityEvents.departmentKey("legal"), 0, IdentityEvents.DEPARTMENT_CREATED_V1);
        assertThat(legal.get("nameRu").asString()).isEqualTo("Юридический отдел");
        assertThat(legal.get("inForce").asBoolean()).as("closed before, published closed").isFalse();
        assertThat(topic.exactlyOneMore(IdentityEvents.departmentKey("sales"), 0, IdentityEvents.DEPARTMENT_CREATED_V1)
                .get("inForce").asBoolean()).isTrue();
        topic.exactlyOneMore(IdentityEvents.departmentKey("logistics"), 0, IdentityEvents.DEPARTMENT_CREATED_V1);

        JsonNode former = topic.exactlyOneMore(IdentityEvents.personKey("former.lawyer"), 0, IdentityEvents.PERSON_JOINED_V1);
        assertThat(former.get("active").asBoolean()).as("deactivated before, published deactivated").isFalse();
        JsonNode ivan = topic.exactlyOneMore(IdentityEvents.personKey("ivan.logistics"), 0, IdentityEvents.PERSON_JOINED_V1);
        assertThat(ivan.get("level").asString()).isEqualTo("DIVISION_HEAD");
        assertThat(ivan.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("EMPLOYEE", "DEPARTMENT_HEAD");
        assertThat(ivan.has("email")).isFalse();
        topic.exactlyOneMore(IdentityEvents.personKey("olga.sales"), 0, IdentityEvents.PERSON_JOINED_V1);

        assertThat(mongo.getCollection("departments").find().map(document -> document.get("version")).into(new ArrayList<>()))
                .as("versioned, and one version up for the announcement").containsOnly(2L);
        assertThat(mongo.getCollection("users").find().map(document -> document.get("version")).into(new ArrayList<>()))
                .containsOnly(4L);
        assertThat(mongo.getCollection("directory_publication").countDocuments()).isEqualTo(1);
    }

    @Test
    void aSecondRunAnnouncesNobodyAgain() throws Exception {
        for (String code : DEPARTMENTS) {
            topic.exactlyOneMore(IdentityEvents.departmentKey(code), 0, IdentityEvents.DEPARTMENT_CREATED_V1);
        }

        context.getBean(PublishDirectoryOnFirstStart.class).run(new DefaultApplicationArguments());

        for (String code : DEPARTMENTS) {
            topic.noMore(IdentityEvents.departmentKey(code), 1);
        }
        for (String username : PEOPLE) {
            topic.noMore(IdentityEvents.personKey(username), 1);
        }
    }

    @Test
    void theTopicThatExistedUncompactedIsCompactedNow() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(admin.describeConfigs(List.of(resource)).all().get()
                    .get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT));
        }
    }
}
