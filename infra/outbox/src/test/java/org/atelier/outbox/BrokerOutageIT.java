package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker killed while commands arrive, through the real binder with the shared service defaults (synchronous
 * send, bounded publish): every command is accepted with its event kept in the outbox, none waits long for the
 * broker, and once the broker is back the sweep delivers every accepted event.
 */
@UsesSharedInfrastructure
@SpringBootTest(classes = BrokerOutageIT.WidgetService.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.mongodb.database=broker_outage_it",
        "atelier.outbox.publish-timeout-ms=1000",
        "atelier.outbox.sweep-interval=500ms",
        "atelier.outbox.sweep-grace=1s",
        "atelier.outbox.retry-backoff=500ms",
        "atelier.outbox.retry-backoff-max=2s"})
class BrokerOutageIT {

    private static final Logger log = LoggerFactory.getLogger(BrokerOutageIT.class);
    private static final String TOPIC = "it.outage.widgets";
    private static final EventType WIDGET_CHANGED = new EventType("test", "WidgetChanged", 1);
    private static final RestartableBroker broker = new RestartableBroker();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WidgetService {
    }

    @org.springframework.data.mongodb.core.mapping.Document("outage_widgets")
    record OutageWidget(@Id String id, String name, long version, List<OutboxMessage> outbox) {
    }

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        broker.start();
        registry.add("spring.cloud.stream.kafka.binder.brokers", broker::bootstrapServers);
        registry.add("spring.mongodb.uri", SharedInfrastructure::mongoUri);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Autowired
    AggregateDocuments documents;

    @Autowired
    OutboxCollections collections;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSweepKnowsTheOutboxCollectionsFromTheStart() {
        assertThat(collections.all()).contains("outage_widgets");
    }

    @Test
    void commandsAcceptedWhileTheBrokerIsDeadKeepTheirEventsAndAllArriveOnceItIsBack() {
        List<String> accepted = new ArrayList<>();
        String before = "before-" + UUID.randomUUID();
        accepted.add(create(before));
        // With the broker up the event leaves the outbox: at once as a rule, or by the sweep when the producer's very first
        // send (metadata, connection) takes longer than the publish bound on a busy machine.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(outboxOf(before)).as("published while the broker is up").isEmpty());

        broker.kill();
        for (int i = 0; i < 6; i++) {
            String id = "during-" + i + "-" + UUID.randomUUID();
            Instant start = Instant.now();
            String eventId = create(id);
            assertThat(Duration.between(start, Instant.now())).as("a command waits on the broker only as long as the publish bound")
                    .isLessThan(Duration.ofSeconds(4));
            assertThat(outboxOf(id)).as("accepted, and its event kept in the outbox").containsExactly(eventId);
            accepted.add(eventId);
        }
        broker.start();

        try (EventTopicReader reader = new EventTopicReader(broker.bootstrapServers(), TOPIC)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> eventIds(reader.poll()).containsAll(accepted));
            List<String> arrived = eventIds(reader.poll());
            log.info("{} accepted events arrived as {} records: {} duplicate(s), absorbed by ce_id", accepted.size(), arrived.size(),
                    arrived.size() - arrived.stream().distinct().count());
            assertThat(arrived.stream().distinct().toList()).containsExactlyInAnyOrderElementsOf(accepted);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("outage_widgets")
                .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
    }

    private String create(String id) {
        Instant now = Instant.now();
        OutboxMessage event = OutboxMessage.of(new EventMetadata(UUID.randomUUID(), WIDGET_CHANGED.source(), WIDGET_CHANGED, id, now),
                TOPIC, "{\"id\":\"" + id + "\"}", now);
        assertThat(documents.save(new OutageWidget(id, "widget", 1, List.of(event)), id, 0, List.of(event))).isTrue();
        return event.eventId();
    }

    private List<String> outboxOf(String id) {
        Document document = mongo.getCollection("outage_widgets").find(new Document("_id", id)).first();
        return document.getList("outbox", Document.class).stream().map(entry -> entry.getString("eventId")).toList();
    }

    private static List<String> eventIds(List<PublishedRecord> records) {
        return records.stream().map(record -> record.header("ce_id")).toList();
    }
}
