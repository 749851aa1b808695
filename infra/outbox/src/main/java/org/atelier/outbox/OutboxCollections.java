package org.atelier.outbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * The collections whose documents carry an {@code outbox}, which the recovery sweep scans.
 *
 * <p>Nobody lists them by hand: at start-up they are read from the mapping context (every mapped document
 * class with an {@code outbox} property, which Spring Boot scans for {@code @Document} classes), so the sweep
 * knows them before the first write after a restart, when recovering a crash matters most; and
 * {@link AggregateDocuments} registers the collection of every document it saves, which covers classes the
 * scan did not reach.
 *
 * <p>Each collection gets an index on {@code outbox.createdAt}, so the sweep finds the oldest pending events
 * without reading the whole collection. The index is created by the sweep, not here, so a database that is
 * away at start-up delays it rather than failing the start.
 */
public class OutboxCollections {

    static final String PENDING_INDEX = "outbox_pending_oldest_first";

    private static final Logger log = LoggerFactory.getLogger(OutboxCollections.class);

    private final MongoTemplate mongo;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public OutboxCollections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The registry filled with every mapped document class that has an {@code outbox} property. */
    public static OutboxCollections discoveredFrom(MongoTemplate mongo) {
        OutboxCollections collections = new OutboxCollections(mongo);
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            collections.registerIfOutboxBearing(entity);
        }
        return collections;
    }

    void registerIfOutboxBearing(MongoPersistentEntity<?> entity) {
        boolean bearsOutbox = false;
        for (var property : entity) {
            bearsOutbox |= OutboxMessage.FIELD.equals(property.getFieldName());
        }
        if (bearsOutbox) {
            register(entity.getCollection());
        }
    }

    public void register(String collection) {
        if (collections.add(collection)) {
            log.info("Outbox collection {} is swept for pending events", collection);
        }
    }

    public List<String> all() {
        return collections.stream().sorted().toList();
    }

    /** Creates the pending-events index where it is still missing; a failure is retried on the next call. */
    void ensureIndexes() {
        for (String collection : collections) {
            if (indexed.contains(collection)) {
                continue;
            }
            try {
                mongo.indexOps(collection).createIndex(new Index().on(OutboxMessage.FIELD + ".createdAt", Sort.Direction.ASC).named(PENDING_INDEX));
                indexed.add(collection);
            } catch (RuntimeException e) {
                log.warn("Could not create the outbox index of {}; retried on the next sweep: {}", collection, e.toString());
            }
        }
    }
}
