package org.atelier.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The right to publish one aggregate's pending events, held by one relay at a time, so that two instances
 * never publish the same events concurrently and an aggregate's events leave in their order.
 *
 * <p>It is a field {@code outboxLease: {owner, token, until}} on the aggregate document, taken with one
 * conditional {@code findAndModify} (no lease, or an expired one) and given back by its token. That needs
 * neither transactions nor change streams, so it behaves the same on the embedded server and on MongoDB.
 * The field is deliberately not part of any document class: {@link AggregateDocuments} sets every mapped
 * field on save and must not overwrite a lease another relay holds. A relay that dies keeps its lease until
 * {@code until}; then another takes over and may publish again what the dead one had sent but not yet
 * removed, which consumers absorb by {@code ce_id}.
 *
 * <p>Lease times come from the instances' clocks, which are assumed to agree within a small fraction of the
 * lease duration.
 */
final class OutboxLease {

    static final String FIELD = "outboxLease";

    private final MongoTemplate mongo;
    private final String owner;
    private final Duration duration;
    private final Clock clock;

    OutboxLease(MongoTemplate mongo, String owner, Duration duration, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /** A lease held on one document, with the events that were pending when it was taken. */
    record Claim(String collection, Object aggregateId, String token, Instant until, List<Document> pending) {
    }

    /** Takes the lease if nobody holds it; {@code null} when someone does or the document is gone. */
    Claim take(String collection, Object aggregateId) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        String token = UUID.randomUUID().toString();
        Query free = Query.query(new Criteria().andOperator(Criteria.where("_id").is(aggregateId), free(now)));
        free.fields().include(OutboxMessage.FIELD);
        Update take = new Update().set(FIELD, new Document("owner", owner).append("token", token).append("until", Date.from(until)));
        Document taken = mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        if (taken == null) {
            return null;
        }
        return new Claim(collection, aggregateId, token, until, taken.getList(OutboxMessage.FIELD, Document.class, List.of()));
    }

    /**
     * Whether the holder may still start a publish: only while more than half the lease is left, so a send
     * that starts always ends, acknowledged or timed out, before another relay can take over.
     */
    boolean mayStillPublish(Claim claim) {
        return clock.instant().isBefore(claim.until().minus(duration.dividedBy(2)));
    }

    /**
     * Removes the published events and gives the lease back, in one write.
     *
     * @return the events still pending after that, which arrived while the lease was held; {@code null} when
     *         the lease had expired and someone else may be publishing now
     */
    List<Document> release(Claim claim, Collection<String> published) {
        Query mine = Query.query(Criteria.where("_id").is(claim.aggregateId()).and(FIELD + ".token").is(claim.token()));
        mine.fields().include(OutboxMessage.FIELD);
        Update update = new Update().unset(FIELD);
        if (!published.isEmpty()) {
            update.pull(OutboxMessage.FIELD, Query.query(Criteria.where("eventId").in(published)));
        }
        Document released = mongo.findAndModify(mine, update, FindAndModifyOptions.options().returnNew(true), Document.class, claim.collection());
        if (released == null) {
            if (!published.isEmpty()) {
                // The lease ran out; what was published is published all the same, so it leaves the outbox.
                mongo.updateFirst(Query.query(Criteria.where("_id").is(claim.aggregateId())),
                        new Update().pull(OutboxMessage.FIELD, Query.query(Criteria.where("eventId").in(published))), claim.collection());
            }
            return null;
        }
        return released.getList(OutboxMessage.FIELD, Document.class, List.of());
    }

    /** Matches documents nobody holds a lease on right now. */
    static Criteria free(Instant now) {
        return new Criteria().orOperator(Criteria.where(FIELD).is(null), Criteria.where(FIELD + ".until").lte(Date.from(now)));
    }
}
