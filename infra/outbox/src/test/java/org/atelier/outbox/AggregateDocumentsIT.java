package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
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
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;

@UsesSharedInfrastructure
class AggregateDocumentsIT {

    @org.springframework.data.mongodb.core.mapping.Document("widgets")
    record WidgetDocument(@Id String id, String name, String note, long version, List<OutboxMessage> outbox) {
    }

    private static final EventType WIDGET_CHANGED = new EventType("test", "WidgetChanged", 1);

    private static MongoClient client;
    private static MongoTemplate mongo;
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
        documents = new AggregateDocuments(mongo, new OutboxRelay(mongo, away, CrashDrill.disarmed(), new SimpleMeterRegistry()));
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

    private static Document stored(String id) {
        return mongo.getCollection("widgets").find(new Document("_id", id)).first();
    }

    private static OutboxMessage event(String subject) {
        Instant now = Instant.parse("2026-03-20T10:00:00Z");
        return OutboxMessage.of(new EventMetadata(UUID.randomUUID(), WIDGET_CHANGED.source(), WIDGET_CHANGED, subject, now), "topic", "{}", now);
    }
}
