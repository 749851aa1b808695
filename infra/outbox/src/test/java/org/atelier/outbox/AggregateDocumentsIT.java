package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContractViolation;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

@UsesSharedInfrastructure
class AggregateDocumentsIT {

    @org.springframework.data.mongodb.core.mapping.Document("widgets")
    record WidgetDocument(@Id String id, String name, String note, long version, List<OutboxMessage> outbox) {
    }

    private static final EventType WIDGET_CHANGED = new EventType("test", "WidgetChanged", 1);
    /** Its schema (test resources) wants a name of 1 to 20 characters. */
    private static final EventType WIDGET_RENAMED = new EventType("test", "WidgetRenamed", 1);

    private static MongoClient client;
    private static MongoTemplate mongo;
    private OutboxCollections collections;
    private AggregateDocuments documents;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "aggregate_documents_it");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void brokerAway() {
        mongo.dropCollection("widgets");
        OutboxPublisher away = message -> {
            throw new IllegalStateException("broker away");
        };
        collections = new OutboxCollections(mongo);
        documents = new AggregateDocuments(mongo, new OutboxRelay(mongo, away, CrashDrill.disarmed(), new SimpleMeterRegistry(), "test",
                Duration.ofSeconds(30), Clock.systemUTC()), collections);
    }

    @Test
    void anUpdateAppendsItsEventsToThoseStillPendingAndWritesEveryField() {
        OutboxMessage first = event("w");
        assertThat(documents.save(new WidgetDocument("w", "one", "a note", 1, List.of(first)), "w", 0, List.of(first))).isTrue();
        OutboxMessage second = event("w");

        assertThat(documents.save(new WidgetDocument("w", "two", null, 2, List.of(second)), "w", 1, List.of(second))).isTrue();

        Document stored = stored("w");
        assertThat(stored.getString("name")).isEqualTo("two");
        assertThat(stored.containsKey("note")).as("a field now empty is removed").isFalse();
        assertThat(stored.getLong("version")).isEqualTo(2L);
        assertThat(stored.getList("outbox", Document.class)).extracting(entry -> entry.getString("eventId"))
                .containsExactly(first.eventId(), second.eventId());
    }

    @Test
    void aStaleVersionOrADuplicateCreationWritesNothing() {
        OutboxMessage first = event("w");
        documents.save(new WidgetDocument("w", "one", null, 1, List.of(first)), "w", 0, List.of(first));
        Document before = stored("w");

        OutboxMessage late = event("w");
        assertThat(documents.save(new WidgetDocument("w", "stale", null, 1, List.of(late)), "w", 0, List.of(late))).isFalse();
        assertThat(documents.save(new WidgetDocument("w", "stale", null, 5, List.of(late)), "w", 4, List.of(late))).isFalse();

        assertThat(stored("w")).isEqualTo(before);
    }

    @Test
    void anEventBreakingItsOwnSchemaIsRefusedWithItsStateChangeAndNeverPublished() {
        List<OutboxMessage> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        AggregateDocuments recording = new AggregateDocuments(mongo, new OutboxRelay(mongo, published::add, CrashDrill.disarmed(),
                new SimpleMeterRegistry(), "test", Duration.ofSeconds(30), Clock.systemUTC()), collections);
        OutboxMessage created = renamed("w", "one");
        recording.save(new WidgetDocument("w", "one", null, 1, List.of(created)), "w", 0, List.of(created));
        Document before = stored("w");
        published.clear();

        OutboxMessage tooLong = renamed("w", "x".repeat(10_000));
        assertThatThrownBy(() -> recording.save(new WidgetDocument("w", "x".repeat(10_000), null, 2, List.of(tooLong)), "w", 1, List.of(tooLong)))
                .isInstanceOfSatisfying(EventContractViolation.class, refused -> assertThat(refused.eventType()).isEqualTo(WIDGET_RENAMED));
        OutboxMessage tooLongFromTheStart = renamed("v", "x".repeat(10_000));
        assertThatThrownBy(() -> recording.save(new WidgetDocument("v", "x".repeat(10_000), null, 1, List.of(tooLongFromTheStart)), "v", 0,
                List.of(tooLongFromTheStart))).isInstanceOf(EventContractViolation.class);

        assertThat(stored("w")).as("neither the change nor its event is stored").isEqualTo(before);
        assertThat(stored("v")).isNull();
        assertThat(published).isEmpty();
    }

    @Test
    void aSaveLeavesTheLeaseOfARelayPublishingRightNowInPlace() {
        OutboxMessage first = event("w");
        documents.save(new WidgetDocument("w", "one", null, 1, List.of(first)), "w", 0, List.of(first));
        Document lease = new Document("owner", "other-instance").append("token", "t").append("until", java.util.Date.from(Instant.now().plusSeconds(60)));
        mongo.getCollection("widgets").updateOne(new Document("_id", "w"), new Document("$set", new Document(OutboxLease.FIELD, lease)));

        OutboxMessage second = event("w");
        assertThat(documents.save(new WidgetDocument("w", "two", null, 2, List.of(second)), "w", 1, List.of(second))).isTrue();

        assertThat(stored("w").get(OutboxLease.FIELD)).isEqualTo(lease);
    }

    @Test
    void theSweepKnowsEveryCollectionSavedThroughHere() {
        OutboxMessage first = event("w");
        documents.save(new WidgetDocument("w", "one", null, 1, List.of(first)), "w", 0, List.of(first));

        assertThat(collections.all()).containsExactly("widgets");
    }

    @Test
    void theSweepKnowsTheMappedOutboxCollectionsBeforeAnyWrite() {
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setInitialEntitySet(Set.of(WidgetDocument.class, PlainDocument.class));
        mapping.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MongoTemplate scanned = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "aggregate_documents_it"),
                new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping));

        assertThat(OutboxCollections.discoveredFrom(scanned).all()).containsExactly("widgets");
    }

    @org.springframework.data.mongodb.core.mapping.Document("plain")
    record PlainDocument(@Id String id, String name) {
    }

    private static Document stored(String id) {
        return mongo.getCollection("widgets").find(new Document("_id", id)).first();
    }

    private static OutboxMessage renamed(String subject, String name) {
        Instant now = Instant.parse("2026-03-20T10:00:00Z");
        return OutboxMessage.of(new EventMetadata(UUID.randomUUID(), WIDGET_RENAMED.source(), WIDGET_RENAMED, subject, now), "topic",
                "{\"name\":\"" + name + "\"}", now);
    }

    private static OutboxMessage event(String subject) {
        Instant now = Instant.parse("2026-03-20T10:00:00Z");
        return OutboxMessage.of(new EventMetadata(UUID.randomUUID(), WIDGET_CHANGED.source(), WIDGET_CHANGED, subject, now), "topic", "{}", now);
    }
}
