package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

@UsesSharedInfrastructure
class OutboxRelayIT {

    private static final String COLLECTION = "things";
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final EventType THING_HAPPENED = new EventType("test", "ThingHappened", 1);

    private static MongoClient client;
    private static MongoTemplate mongo;
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final List<String> failOn = new ArrayList<>();
    private OutboxRelay relay;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "outbox_relay_it");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void relay() {
        mongo.dropCollection(COLLECTION);
        OutboxPublisher publisher = message -> {
            if (failOn.contains(message.eventId())) {
                throw new IllegalStateException("broker said no");
            }
            sent.add(message);
        };
        relay = new OutboxRelay(mongo, publisher, CrashDrill.disarmed(), new SimpleMeterRegistry());
    }

    @Test
    void publishesPendingEventsInOrderAndRemovesThem() {
        List<OutboxMessage> pending = List.of(event("a", NOW), event("a", NOW), event("a", NOW));
        store("a", pending);

        assertThat(relay.publishPending(COLLECTION, "a")).isEqualTo(3);

        assertThat(sent).extracting(OutboxMessage::eventId).containsExactlyElementsOf(pending.stream().map(OutboxMessage::eventId).toList());
        assertThat(outboxOf("a")).isEmpty();
    }

    @Test
    void aFailedSendKeepsThatEventAndTheLaterOnesPendingInOrder() {
        List<OutboxMessage> pending = List.of(event("b", NOW), event("b", NOW), event("b", NOW));
        store("b", pending);
        failOn.add(pending.get(1).eventId());

        assertThatThrownBy(() -> relay.publishPending(COLLECTION, "b")).hasMessageContaining("broker said no");

        assertThat(sent).extracting(OutboxMessage::eventId).containsExactly(pending.get(0).eventId());
        assertThat(outboxOf("b")).containsExactly(pending.get(1).eventId(), pending.get(2).eventId());
    }

    @Test
    void aFailureRightAfterTheWriteIsLeftForTheSweep() {
        OutboxMessage pending = event("c", NOW);
        store("c", List.of(pending));
        failOn.add(pending.eventId());

        assertThat(relay.publishAfterWrite(COLLECTION, "c")).isZero();
        assertThat(outboxOf("c")).containsExactly(pending.eventId());

        failOn.clear();
        OutboxSweeper sweeper = sweeper(NOW.plusSeconds(10));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(outboxOf("c")).isEmpty();
    }

    @Test
    void theSweepLeavesFreshEventsToThePublishThatFollowsTheirWrite() {
        store("fresh", List.of(event("fresh", NOW)));
        store("stale", List.of(event("stale", NOW.minusSeconds(60))));

        assertThat(sweeper(NOW).sweep()).isEqualTo(1);

        assertThat(sent).extracting(OutboxMessage::subject).containsExactly("stale");
        assertThat(outboxOf("fresh")).hasSize(1);
    }

    @Test
    void eventsAddedWhilePublishingAreNotRemoved() {
        OutboxMessage first = event("d", NOW);
        store("d", List.of(first));
        OutboxMessage later = event("d", NOW);
        relay = new OutboxRelay(mongo, message -> {
            sent.add(message);
            mongo.getCollection(COLLECTION).updateOne(new Document("_id", "d"),
                    new Document("$push", new Document("outbox", toDocument(later))));
        }, CrashDrill.disarmed(), new SimpleMeterRegistry());

        relay.publishPending(COLLECTION, "d");

        assertThat(outboxOf("d")).containsExactly(later.eventId());
    }

    private OutboxSweeper sweeper(Instant now) {
        OutboxProperties properties = new OutboxProperties(List.of(COLLECTION), Duration.ofSeconds(5), Duration.ofSeconds(2), 100, "off");
        return new OutboxSweeper(mongo, relay, properties, Clock.fixed(now, ZoneOffset.UTC), new SimpleMeterRegistry());
    }

    private static OutboxMessage event(String subject, Instant createdAt) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID(), THING_HAPPENED.source(), THING_HAPPENED, subject, createdAt);
        return OutboxMessage.of(metadata, "topic", "{\"n\":1}", createdAt);
    }

    private static void store(String id, List<OutboxMessage> outbox) {
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", id).append("outbox", outbox.stream().map(OutboxRelayIT::toDocument).toList()));
    }

    private static Document toDocument(OutboxMessage message) {
        return new Document("eventId", message.eventId()).append("destination", message.destination()).append("type", message.type())
                .append("subject", message.subject()).append("time", java.util.Date.from(message.time()))
                .append("payload", message.payload()).append("createdAt", java.util.Date.from(message.createdAt()));
    }

    private static List<String> outboxOf(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        return document.getList("outbox", Document.class).stream().map(entry -> entry.getString("eventId")).toList();
    }
}
