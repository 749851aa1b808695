package org.atelier.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Moves pending events from aggregate documents to the broker.
 *
 * <p>For each document it publishes the pending events in order, each one synchronously, and then removes
 * exactly the published ones by id. A crash between the send and the removal republishes the event later:
 * delivery is at-least-once and consumers deduplicate on {@code ce_id}.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final OutboxPublisher publisher;
    private final CrashDrill crashDrill;
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(MongoTemplate mongo, OutboxPublisher publisher, CrashDrill crashDrill, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.crashDrill = crashDrill;
        this.published = Counter.builder("atelier.outbox.published").description("Events published from an outbox").register(meters);
        this.failures = Counter.builder("atelier.outbox.publish.failures").description("Failed attempts to publish an outbox event; the event stays pending").register(meters);
    }

    /**
     * Publishes what the document just written has pending. Called right after the write, on the request
     * thread, for low latency; a failure is logged and left to the {@link OutboxSweeper}.
     *
     * @return how many events were published
     */
    public int publishAfterWrite(String collection, Object aggregateId) {
        crashDrill.afterWriteBeforePublish();
        try {
            return publishPending(collection, aggregateId);
        } catch (RuntimeException e) {
            log.warn("Could not publish the events of {}/{} now; the outbox sweep will retry: {}", collection, aggregateId, e.toString());
            return 0;
        }
    }

    /**
     * Publishes the pending events of one document, oldest first, stopping at the first failure so that one
     * aggregate's events never overtake each other.
     *
     * @throws RuntimeException when the broker did not acknowledge an event; that event and the ones after it stay pending
     */
    public int publishPending(String collection, Object aggregateId) {
        Query byId = Query.query(Criteria.where("_id").is(aggregateId));
        byId.fields().include(OutboxMessage.FIELD);
        Document document = mongo.findOne(byId, Document.class, collection);
        if (document == null) {
            return 0;
        }
        List<Document> pending = document.getList(OutboxMessage.FIELD, Document.class, List.of());
        List<String> done = new ArrayList<>(pending.size());
        try {
            for (Document entry : pending) {
                OutboxMessage message = toMessage(entry);
                try {
                    publisher.publish(message);
                } catch (RuntimeException e) {
                    failures.increment();
                    throw e;
                }
                done.add(message.eventId());
                published.increment();
            }
        } finally {
            if (!done.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregateId)),
                        new Update().pull(OutboxMessage.FIELD, Query.query(Criteria.where("eventId").in(done))), collection);
            }
        }
        return done.size();
    }

    private static OutboxMessage toMessage(Document entry) {
        return new OutboxMessage(entry.getString("eventId"), entry.getString("destination"), entry.getString("type"),
                entry.getString("subject"), instant(entry.get("time")), entry.getString("payload"), instant(entry.get("createdAt")));
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }
}
