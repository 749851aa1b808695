package org.atelier.outbox;

import java.util.List;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContractViolation;
import org.atelier.events.schemas.EventContracts;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores an aggregate's new state together with its new events in ONE single-document write, guarded by the
 * aggregate's version, and then publishes the events. Every repository of an event-producing aggregate saves
 * through here, so none can write state without its events or lose events still pending from an earlier write.
 *
 * <p>The document class maps a {@code version} field and an {@code outbox} list of {@link OutboxMessage}. Its
 * collection is registered with {@link OutboxCollections}, so the recovery sweep scans it.
 *
 * <p>Every event is checked against its own JSON Schema ({@link EventContracts}, found by its type) before anything
 * is written: an event that breaks its contract is refused with the state change it belongs to, so what consumers
 * would reject is found in our tests and logs, never on the topic.
 */
public class AggregateDocuments {

    static final String VERSION = "version";

    private static final Logger log = LoggerFactory.getLogger(AggregateDocuments.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollections collections;
    private final EventContracts contracts;

    public AggregateDocuments(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections) {
        this(mongo, relay, collections, EventContracts.onClasspath());
    }

    public AggregateDocuments(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, EventContracts contracts) {
        this.mongo = mongo;
        this.relay = relay;
        this.collections = collections;
        this.contracts = contracts;
    }

    /**
     * @param document        the whole new state, its {@code version} one above {@code expectedVersion} and its
     *                        {@code outbox} holding {@code events}
     * @param expectedVersion the version the aggregate was loaded at; 0 for an aggregate never stored
     * @return {@code false}, with nothing written, when someone else stored the aggregate since it was loaded
     * @throws EventContractViolation with nothing written, when an event does not match its schema
     */
    public boolean save(Object document, Object id, long expectedVersion, List<OutboxMessage> events) {
        String collection = mongo.getCollectionName(document.getClass());
        requireConforming(collection, id, events);
        collections.register(collection);
        if (expectedVersion == 0) {
            try {
                mongo.insert(document);
            } catch (DuplicateKeyException createdMeanwhile) {
                return false;
            }
        } else {
            Query sameVersion = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
            if (mongo.updateFirst(sameVersion, stateAndNewEvents(document, events), collection).getMatchedCount() == 0) {
                return false;
            }
        }
        if (!events.isEmpty()) {
            relay.publishAfterWrite(collection, id);
        }
        return true;
    }

    private void requireConforming(String collection, Object id, List<OutboxMessage> events) {
        for (OutboxMessage event : events) {
            try {
                contracts.requireConforming(EventType.parse(event.type()), event.payload());
            } catch (EventContractViolation violation) {
                log.error("Refused to store {}/{}: its event {} ({}) breaks the event's own schema, so neither the change nor the event "
                        + "was written. A code path let an invalid state through: {}", collection, id, event.eventId(), event.type(),
                        violation.violations());
                throw violation;
            }
        }
    }

    /**
     * Sets every mapped field from the new state (unsetting those now empty) and appends the new events to
     * whatever the outbox still holds, so events pending from an earlier write are kept. The outbox lease is
     * never touched, even if a document class maps it: a relay may be holding it right now.
     */
    private Update stateAndNewEvents(Object document, List<OutboxMessage> events) {
        Document state = new Document();
        mongo.getConverter().write(document, state);
        Update update = new Update();
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass());
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (property.isIdProperty() || OutboxMessage.FIELD.equals(field) || OutboxLease.FIELD.equals(field)) {
                continue;
            }
            if (state.containsKey(field)) {
                update.set(field, state.get(field));
            } else {
                update.unset(field);
            }
        }
        return update.push(OutboxMessage.FIELD).each(events.toArray());
    }
}
