package org.atelier.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Moves pending events from aggregate documents to the broker.
 *
 * <p>For each document it first takes the document's {@link OutboxLease}, so no other relay (of this or
 * another instance) publishes the same events meanwhile; then it publishes the pending events in order, each
 * one synchronously, and removes exactly the published ones by id as it gives the lease back. Events that
 * arrived while it held the lease are published in the same call. A crash between the send and the removal
 * republishes the event later: delivery is at-least-once and consumers deduplicate on {@code ce_id}.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxLease lease;
    private final CrashDrill crashDrill;
    private final MeterRegistry meters;
    private final Counter published;

    /**
     * @param owner         names this relay in the leases it holds (instance and process), for whoever reads the documents
     * @param leaseDuration how long a lease lasts: well above the time one batch of sends can take, since the relay
     *                      starts no send in the second half of its lease
     */
    public OutboxRelay(MongoTemplate mongo, OutboxPublisher publisher, CrashDrill crashDrill, MeterRegistry meters,
                       String owner, Duration leaseDuration, Clock clock) {
        this.publisher = publisher;
        this.lease = new OutboxLease(mongo, owner, leaseDuration, clock);
        this.crashDrill = crashDrill;
        this.meters = meters;
        this.published = Counter.builder("atelier.outbox.published").description("Events published from an outbox").register(meters);
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
     * aggregate's events never overtake each other. Does nothing when another relay holds the document's lease:
     * that one publishes them.
     *
     * @return how many events were published
     * @throws RuntimeException when the broker did not acknowledge an event; that event and the ones after it stay pending
     */
    public int publishPending(String collection, Object aggregateId) {
        int total = 0;
        OutboxLease.Claim claim = lease.take(collection, aggregateId);
        while (claim != null && !claim.pending().isEmpty()) {
            List<String> done = new ArrayList<>(claim.pending().size());
            List<Document> stillPending;
            try {
                for (Document entry : claim.pending()) {
                    if (!lease.mayStillPublish(claim)) {
                        break;
                    }
                    OutboxMessage message = toMessage(entry);
                    try {
                        publisher.publish(message);
                    } catch (RuntimeException e) {
                        failures(collection).increment();
                        throw e;
                    }
                    done.add(message.eventId());
                    published.increment();
                }
            } finally {
                stillPending = lease.release(claim, done);
            }
            total += done.size();
            if (stillPending == null || stillPending.isEmpty() || done.isEmpty()) {
                return total;
            }
            // Events written while the lease was held: their writer could not take it, so they are ours to send.
            claim = lease.take(collection, aggregateId);
        }
        if (claim != null) {
            lease.release(claim, List.of());
        }
        return total;
    }

    private Counter failures(String collection) {
        return Counter.builder("atelier.outbox.publish.failures").description("Failed attempts to publish an outbox event; the event stays pending")
                .tag("collection", collection).register(meters);
    }

    private static OutboxMessage toMessage(Document entry) {
        return new OutboxMessage(entry.getString("eventId"), entry.getString("destination"), entry.getString("type"),
                entry.getString("subject"), instant(entry.get("time")), entry.getString("payload"), instant(entry.get("createdAt")));
    }

    static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : (Instant) value;
    }
}
