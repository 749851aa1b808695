package org.atelier.directory.replica.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.InMemoryDirectory;
import org.atelier.directory.ManagementLevel;
import org.atelier.directory.replica.config.DirectoryAutoConfiguration;
import org.atelier.directory.replica.mongo.MongoDirectoryReplica;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The replica over the real broker and the MongoDB-protocol server: each test publishes on a topic of its own and
 * starts the smallest service with {@code atelier.directory.enabled=true} (web included, to ask its real readiness).
 */
@UsesSharedInfrastructure
class DirectoryReplicaIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NINE = Instant.parse("2026-07-01T09:00:00Z");

    private final IdentityTopic topic = new IdentityTopic();
    private final String database = "directory_it_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
        topic.close();
    }

    @Test
    void aReplicaStartedFromOffsetZeroEqualsTheStatePublishedAndIsNotReadyUntilItHasReadItAll() throws Exception {
        InMemoryDirectory expected = publishACompany();

        ConfigurableApplicationContext service = start(false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(readinessOf(service, "directory")).isEqualTo("DOWN"));
        assertThat(directory(service).allDepartments()).as("nothing read yet").isEmpty();

        service.getBean(BindingsLifecycleController.class).changeState(DirectoryAutoConfiguration.BINDING, BindingsLifecycleController.State.STARTED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness(service)).isEqualTo("UP"));
        Directory replica = directory(service);
        assertThat(replica.allDepartments()).isEqualTo(expected.allDepartments());
        assertThat(replica.departmentsInForce()).isEqualTo(expected.departmentsInForce());
        assertThat(replica.activePeople()).isEqualTo(expected.activePeople());
        assertThat(replica.person("gleb.left")).isEqualTo(expected.person("gleb.left"));
        assertThat(replica.headsOf("sales")).isEqualTo(expected.headsOf("sales"));
        assertThat(replica.activePeopleAt(ManagementLevel.COMMERCIAL_STAFF)).isEqualTo(expected.activePeopleAt(ManagementLevel.COMMERCIAL_STAFF));
        assertThat(replica.activePeopleIn("logistics")).isEqualTo(expected.activePeopleIn("logistics"));
        assertThat(replica.headCounts()).isEqualTo(expected.headCounts());
        assertThat(lag(service)).isZero();
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        IdentityTopic.Sent renamed = topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "logistics", "Logistics", "Логистика", true, NINE);
        ConfigurableApplicationContext service = start(true);
        awaitDepartment(service, "logistics");

        topic.again(renamed);
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "marker", "Marker", "Маркер", true, NINE);
        awaitDepartment(service, "marker");
        assertThat(directory(service).department("logistics")).contains(new DirectoryDepartment("logistics", "Logistics", "Логистика", true));

        // Read again from offset 0 by a restart: every event is delivered a second time, and no document is written.
        long revision = revision(service, "logistics");
        started.remove(service);
        service.close();
        ConfigurableApplicationContext restarted = start(true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness(restarted)).isEqualTo("UP"));
        assertThat(revision(restarted, "logistics")).isEqualTo(revision);
        assertThat(directory(restarted).department("logistics")).contains(new DirectoryDepartment("logistics", "Logistics", "Логистика", true));
    }

    @Test
    void anOlderEventAfterANewerOneChangesNothing() {
        ConfigurableApplicationContext service = start(true);
        topic.department(0, IdentityEvents.DEPARTMENT_RENAMED_V1, "quality", "Quality assurance", "Служба качества", true, NINE.plusSeconds(60));
        awaitDepartment(service, "quality");

        // The same key on another partition (as after partitions were added), with an older change: it loses.
        topic.department(1, IdentityEvents.DEPARTMENT_CREATED_V1, "quality", "Quality", "Качество", true, NINE);
        topic.department(1, IdentityEvents.DEPARTMENT_CREATED_V1, "marker", "Marker", "Маркер", true, NINE);
        awaitDepartment(service, "marker");

        assertThat(directory(service).department("quality")).map(DirectoryDepartment::nameEn).contains("Quality assurance");
    }

    @Test
    void anEventOfAnUnknownTypeIsSkippedAndCountedAndTheReplicaGoesOn() {
        ConfigurableApplicationContext service = start(true);
        topic.send(null, new org.atelier.events.envelope.EventType("identity", "DepartmentMerged", 1), "department:sales",
                "{\"code\":\"sales\",\"into\":\"marketing\"}", NINE);
        topic.send(null, new org.atelier.events.envelope.EventType("identity", "DepartmentCreated", 2), "department:sales",
                "{\"code\":\"sales\",\"names\":{}}", NINE);
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "marker", "Marker", "Маркер", true, NINE);
        awaitDepartment(service, "marker");

        MeterRegistry meters = service.getBean(MeterRegistry.class);
        assertThat(meters.get("atelier.directory.skipped").tag("type", "org.atelier.identity.DepartmentMerged.v1").counter().count()).isEqualTo(1);
        assertThat(meters.get("atelier.directory.skipped").tag("type", "org.atelier.identity.DepartmentCreated.v2").counter().count()).isEqualTo(1);
        assertThat(directory(service).department("sales")).isEmpty();
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndReadinessDoesNotWaitForIt() throws Exception {
        topic.send(null, IdentityEvents.DEPARTMENT_CREATED_V1, "department:broken", "{\"code\":\"broken\"}", NINE);
        topic.raw("department:headless", Map.of(), "{}");

        ConfigurableApplicationContext service = start(true);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness(service)).isEqualTo("UP"));
        try (EventTopicReader dlq = new EventTopicReader(topic.name + ".replica-it-directory.dlq")) {
            List<EventTopicReader.PublishedRecord> dead = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dead.addAll(dlq.poll());
                return dead.size() >= 2;
            });
            assertThat(dead).extracting(EventTopicReader.PublishedRecord::key).containsExactlyInAnyOrder("department:broken", "department:headless");
            assertThat(dead.get(0).header("x-exception-message")).isNotBlank();
        }
        assertThat(directory(service).allDepartments()).isEmpty();
    }

    @Test
    void anEmptyOrMissingTopicIsReadyAtOnce() throws Exception {
        ConfigurableApplicationContext service = start(true);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(readiness(service)).isEqualTo("UP"));
        assertThat(directory(service).allDepartments()).isEmpty();
    }

    @Test
    void twoInstancesOnOneDatabaseKeepOneReplicaBothReady() {
        InMemoryDirectory expected = publishACompany();

        ConfigurableApplicationContext one = start(true);
        ConfigurableApplicationContext two = start(true);

        for (ConfigurableApplicationContext service : List.of(one, two)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readiness(service)).isEqualTo("UP"));
        }
        topic.department(IdentityEvents.DEPARTMENT_CLOSED_V1, "legal", "Legal", "Юридический отдел", false, NINE.plusSeconds(600));
        expected.put(new DirectoryDepartment("legal", "Legal", "Юридический отдел", false));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(directory(one).allDepartments()).isEqualTo(expected.allDepartments()));
        assertThat(directory(two).activePeople()).isEqualTo(expected.activePeople());
    }

    /** A small company with changes on top of the first state, and the state it leaves. */
    private InMemoryDirectory publishACompany() {
        InMemoryDirectory expected = new InMemoryDirectory();
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "sales", "Sales", "Отдел продаж", true, NINE);
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "logistics", "Logistics", "Логистика", true, NINE);
        topic.department(IdentityEvents.DEPARTMENT_RENAMED_V1, "logistics", "Logistics and delivery", "Логистика и доставка", true, NINE.plusSeconds(60));
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "legal", "Legal", "Юридический отдел", true, NINE);
        topic.department(IdentityEvents.DEPARTMENT_CREATED_V1, "typing-pool", "Typing pool", "Машбюро", true, NINE);
        topic.department(IdentityEvents.DEPARTMENT_CLOSED_V1, "typing-pool", "Typing pool", "Машбюро", false, NINE.plusSeconds(120));
        expected.put(new DirectoryDepartment("sales", "Sales", "Отдел продаж", true))
                .put(new DirectoryDepartment("logistics", "Logistics and delivery", "Логистика и доставка", true))
                .put(new DirectoryDepartment("legal", "Legal", "Юридический отдел", true))
                .put(new DirectoryDepartment("typing-pool", "Typing pool", "Машбюро", false));
        topic.person(IdentityEvents.PERSON_JOINED_V1, "olga.sales", "Olga Petrova", "sales", "COMMERCIAL_STAFF", List.of("EMPLOYEE"), true, NINE);
        topic.person(IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1, "olga.sales", "Olga Petrova", "sales", "DIVISION_HEAD",
                List.of("EMPLOYEE", "DEPARTMENT_HEAD"), true, NINE.plusSeconds(30));
        topic.person(IdentityEvents.PERSON_JOINED_V1, "ivan.sales", "Ivan Sokolov", "sales", "COMMERCIAL_STAFF", List.of("EMPLOYEE"), true, NINE);
        topic.person(IdentityEvents.PERSON_JOINED_V1, "pavel.log", "Pavel Orlov", "logistics", "OTHER_STAFF", List.of("EMPLOYEE"), true, NINE);
        topic.person(IdentityEvents.PERSON_JOINED_V1, "gleb.left", "Gleb Left", "typing-pool", "OTHER_STAFF", List.of("EMPLOYEE"), true, NINE);
        topic.person(IdentityEvents.PERSON_DEACTIVATED_V1, "gleb.left", "Gleb Left", "typing-pool", "OTHER_STAFF", List.of("EMPLOYEE"), false,
                NINE.plusSeconds(90));
        topic.person(IdentityEvents.PERSON_JOINED_V1, "anna.back", "Anna Back", "legal", "TOP_MANAGEMENT", List.of("EMPLOYEE", "MANAGEMENT"), true, NINE);
        topic.person(IdentityEvents.PERSON_DEACTIVATED_V1, "anna.back", "Anna Back", "legal", "TOP_MANAGEMENT", List.of("EMPLOYEE", "MANAGEMENT"),
                false, NINE.plusSeconds(10));
        topic.person(IdentityEvents.PERSON_REACTIVATED_V1, "anna.back", "Anna Back", "legal", "TOP_MANAGEMENT", List.of("EMPLOYEE", "MANAGEMENT"),
                true, NINE.plusSeconds(20));
        expected.put(new DirectoryPerson("olga.sales", "Olga Petrova", "sales", ManagementLevel.DIVISION_HEAD, Set.of("EMPLOYEE", "DEPARTMENT_HEAD"), true))
                .put(new DirectoryPerson("ivan.sales", "Ivan Sokolov", "sales", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), true))
                .put(new DirectoryPerson("pavel.log", "Pavel Orlov", "logistics", ManagementLevel.OTHER_STAFF, Set.of("EMPLOYEE"), true))
                .put(new DirectoryPerson("gleb.left", "Gleb Left", "typing-pool", ManagementLevel.OTHER_STAFF, Set.of("EMPLOYEE"), false))
                .put(new DirectoryPerson("anna.back", "Anna Back", "legal", ManagementLevel.TOP_MANAGEMENT, Set.of("EMPLOYEE", "MANAGEMENT"), true));
        return expected;
    }

    private ConfigurableApplicationContext start(boolean consume) {
        // As command-line arguments: they rank above the replica's defaults, as a service's own settings do.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReplicaTestApplication.class).run(
                "--server.port=0",
                "--spring.application.name=replica-it",
                "--spring.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--atelier.directory.enabled=true",
                "--atelier.directory.topic=" + topic.name,
                "--atelier.directory.progress-every=200ms",
                "--spring.cloud.stream.bindings." + DirectoryAutoConfiguration.BINDING + ".consumer.auto-startup=" + consume,
                "--spring.cloud.stream.bindings." + DirectoryAutoConfiguration.BINDING + ".consumer.back-off-initial-interval=50",
                "--spring.cloud.stream.bindings." + DirectoryAutoConfiguration.BINDING + ".consumer.back-off-max-interval=100");
        started.add(context);
        return context;
    }

    private static Directory directory(ConfigurableApplicationContext service) {
        return service.getBean(Directory.class);
    }

    private static void awaitDepartment(ConfigurableApplicationContext service, String code) {
        await().atMost(Duration.ofSeconds(30)).until(() -> directory(service).department(code).isPresent());
    }

    private static long revision(ConfigurableApplicationContext service, String code) {
        Document stored = service.getBean(MongoTemplate.class).findById(code, Document.class, MongoDirectoryReplica.DEPARTMENTS);
        return ((Number) stored.get("revision")).longValue();
    }

    private static double lag(ConfigurableApplicationContext service) {
        return service.getBean(MeterRegistry.class).get("atelier.directory.lag").gauge().value();
    }

    /** The service's readiness, as a load balancer sees it. */
    private String readiness(ConfigurableApplicationContext service) throws Exception {
        return readinessBody(service).get("status").asString();
    }

    private String readinessOf(ConfigurableApplicationContext service, String component) throws Exception {
        return readinessBody(service).get("components").get(component).get("status").asString();
    }

    private JsonNode readinessBody(ConfigurableApplicationContext service) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
