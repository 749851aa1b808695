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
import org.threeten.extra.MutableClock;

@UsesSharedInfrastructure
class OutboxRelayIT {

    private static final String COLLECTION = "things";
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final EventType THING_HAPPENED = new EventType("test", "ThingHappened", 1);

    private static MongoClient client;
    private static MongoTemplate mongo;
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final List<String> failOn = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
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
        relay = relay("this-instance", publisher, Clock.systemUTC());
    }

    private OutboxRelay relay(String owner, OutboxPublisher publisher, Clock clock) {
        return new OutboxRelay(mongo, publisher, CrashDrill.disarmed(), meters, owner, Duration.ofSeconds(30), clock);
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
        relay = relay("this-instance", message -> {
            sent.add(message);
            if (message.eventId().equals(first.eventId())) {
                mongo.getCollection(COLLECTION).updateOne(new Document("_id", "d"),
                        new Document("$push", new Document("outbox", toDocument(later))));
            }
        }, Clock.systemUTC());

        assertThat(relay.publishPending(COLLECTION, "d")).as("the event written meanwhile is sent in the same call").isEqualTo(2);

        assertThat(sent).extracting(OutboxMessage::eventId).containsExactly(first.eventId(), later.eventId());
        assertThat(outboxOf("d")).isEmpty();
        assertThat(leaseOf("d")).as("the lease is given back").isNull();
    }

    @Test
    void aRelayLeavesAnAggregateAloneWhileAnotherHoldsItsLease() {
        OutboxMessage pending = event("e", NOW);
        store("e", List.of(pending));
        OutboxRelay other = relay("other-instance", message -> {
            assertThat(relay.publishPending(COLLECTION, "e")).as("published by this relay while the other one holds the lease").isZero();
            sent.add(message);
        }, Clock.systemUTC());

        assertThat(other.publishPending(COLLECTION, "e")).isEqualTo(1);

        assertThat(sent).extracting(OutboxMessage::eventId).containsExactly(pending.eventId());
        assertThat(outboxOf("e")).isEmpty();
    }

    @Test
    void anExpiredLeaseIsTakenOverByAnotherRelay() {
        OutboxMessage pending = event("f", NOW);
        store("f", List.of(pending));
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", "f"), new Document("$set", new Document(OutboxLease.FIELD,
                new Document("owner", "crashed-instance").append("token", "t").append("until", java.util.Date.from(NOW.minusSeconds(1))))));
        mongo.getCollection(COLLECTION).insertOne(new Document("_id", "g").append("outbox", List.of(toDocument(event("g", NOW))))
                .append(OutboxLease.FIELD, new Document("owner", "live-instance").append("token", "u").append("until", java.util.Date.from(NOW.plusSeconds(20)))));
        relay = relay("this-instance", sent::add, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(relay.publishPending(COLLECTION, "f")).isEqualTo(1);
        assertThat(relay.publishPending(COLLECTION, "g")).as("a lease still running").isZero();

        assertThat(outboxOf("f")).isEmpty();
        assertThat(outboxOf("g")).hasSize(1);
    }

    @Test
    void aFailingAggregateIsRetriedWithBackoffWhileTheOthersAreRecovered() {
        OutboxMessage poisoned = event("poisoned", NOW.minusSeconds(90));
        store("poisoned", List.of(poisoned));
        store("healthy-1", List.of(event("healthy-1", NOW.minusSeconds(80))));
        store("healthy-2", List.of(event("healthy-2", NOW.minusSeconds(70))));
        failOn.add(poisoned.eventId());
        MutableClock clock = MutableClock.of(NOW, ZoneOffset.UTC);
        OutboxSweeper sweeper = sweeper(clock);

        assertThat(sweeper.sweep()).isEqualTo(2);
        assertThat(sent).extracting(OutboxMessage::subject).containsExactly("healthy-1", "healthy-2");
        assertThat(meters.get("atelier.outbox.publish.failures").tag("collection", COLLECTION).counter().count()).isEqualTo(1);

        clock.add(Duration.ofSeconds(4));
        sweeper.sweep();
        assertThat(meters.get("atelier.outbox.publish.failures").tag("collection", COLLECTION).counter().count())
                .as("left alone during its first backoff of 5 s").isEqualTo(1);

        clock.add(Duration.ofSeconds(2));
        sweeper.sweep();
        assertThat(meters.get("atelier.outbox.publish.failures").tag("collection", COLLECTION).counter().count()).isEqualTo(2);

        clock.add(Duration.ofSeconds(6));
        sweeper.sweep();
        assertThat(meters.get("atelier.outbox.publish.failures").tag("collection", COLLECTION).counter().count())
                .as("the second backoff is twice as long").isEqualTo(2);

        failOn.clear();
        clock.add(Duration.ofSeconds(5));
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(outboxOf("poisoned")).isEmpty();
    }

    @Test
    void theSweepTakesTheOldestPendingEventsFirstThroughAnIndex() {
        store("newer", List.of(event("newer", NOW.minusSeconds(10))));
        store("oldest", List.of(event("oldest", NOW.minusSeconds(300)), event("oldest", NOW.minusSeconds(5))));
        store("older", List.of(event("older", NOW.minusSeconds(60))));
        OutboxSweeper sweeper = new OutboxSweeper(mongo, relay, collections(),
                OutboxProperties.defaults().withSweepGrace(Duration.ofSeconds(2)).withBatchSize(1), Clock.fixed(NOW, ZoneOffset.UTC), meters);

        sweeper.sweep();
        sweeper.sweep();
        sweeper.sweep();

        assertThat(sent).extracting(OutboxMessage::subject).containsExactly("oldest", "oldest", "older", "newer");
        assertThat(mongo.indexOps(COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getName()).isEqualTo(OutboxCollections.PENDING_INDEX);
            assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("outbox.createdAt");
        });
    }

    @Test
    void theOldestPendingEventsAgeIsMeasuredPerCollection() {
        store("waiting", List.of(event("waiting", NOW.minusSeconds(120))));
        failOn.add(outboxOf("waiting").get(0));

        MutableClock clock = MutableClock.of(NOW, ZoneOffset.UTC);
        OutboxSweeper sweeper = sweeper(clock);
        sweeper.sweep();

        assertThat(meters.get("atelier.outbox.oldest.pending.age").tag("collection", COLLECTION).gauge().value()).isEqualTo(120.0);
        clock.add(Duration.ofSeconds(30));
        assertThat(meters.get("atelier.outbox.oldest.pending.age").tag("collection", COLLECTION).gauge().value())
                .as("it climbs between sweeps").isEqualTo(150.0);

        failOn.clear();
        clock.add(Duration.ofHours(1));
        sweeper.sweep();
        assertThat(meters.get("atelier.outbox.oldest.pending.age").tag("collection", COLLECTION).gauge().value()).isZero();
    }

    private OutboxSweeper sweeper(Instant now) {
        return sweeper(Clock.fixed(now, ZoneOffset.UTC));
    }

    private OutboxSweeper sweeper(Clock clock) {
        return new OutboxSweeper(mongo, relay, collections(), OutboxProperties.defaults(), clock, meters);
    }

    private static OutboxCollections collections() {
        OutboxCollections collections = new OutboxCollections(mongo);
        collections.register(COLLECTION);
        return collections;
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

    private static Object leaseOf(String id) {
        return mongo.getCollection(COLLECTION).find(new Document("_id", id)).first().get(OutboxLease.FIELD);
    }

    private static List<String> outboxOf(String id) {
        Document document = mongo.getCollection(COLLECTION).find(new Document("_id", id)).first();
        return document.getList("outbox", Document.class).stream().map(entry -> entry.getString("eventId")).toList();
    }
}
