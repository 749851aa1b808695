package org.atelier.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Applies an event's effect on a read model at most once, in a single write.
 *
 * <p>The effect is a document whose {@code _id} is the event id ({@code ce_id}): inserting it is both the
 * change to the read model and the proof that the event was applied, so a redelivered event hits the unique
 * {@code _id} and changes nothing. No transaction is needed, which is why this works on the embedded
 * MongoDB-protocol server as on real MongoDB.
 */
public class OnceOnlyWriter {

    private final MongoTemplate mongo;
    private final Counter duplicates;

    public OnceOnlyWriter(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.duplicates = Counter.builder("atelier.inbox.duplicates")
                .description("Redelivered events that were recognised and not applied again").register(meters);
    }

    /**
     * @param fact the read-model document; its {@code _id} is set to the event id
     * @return {@code true} if this delivery changed the read model, {@code false} if the event was already applied
     */
    public boolean insertOnce(IncomingEvent event, String collection, Document fact) {
        return insertOnce(event.id(), collection, fact);
    }

    /** @see #insertOnce(IncomingEvent, String, Document) */
    public boolean insertOnce(String eventId, String collection, Document fact) {
        fact.put("_id", eventId);
        try {
            mongo.insert(fact, collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            duplicates.increment();
            return false;
        }
    }
}
