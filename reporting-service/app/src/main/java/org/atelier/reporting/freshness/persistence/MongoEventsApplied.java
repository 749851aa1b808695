package org.atelier.reporting.freshness.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.reporting.freshness.EventsApplied;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per topic whose times only move forward ({@code $max}, so instances writing in any order agree), and
 * one document per skipped event, its {@code _id} the event id, so an event skipped twice counts once.
 */
public class MongoEventsApplied implements EventsApplied {

    static final String TOPICS = "freshness_topics";
    static final String SKIPPED = "freshness_skipped";

    private final MongoTemplate mongo;

    public MongoEventsApplied(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void advance(String topic, Instant lastEventTime, Instant lastAppliedAt) {
        Update update = new Update();
        if (lastEventTime != null) {
            update.max("lastEventTime", Date.from(lastEventTime));
        }
        if (lastAppliedAt != null) {
            update.max("lastAppliedAt", Date.from(lastAppliedAt));
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(topic)), update, TOPICS);
    }

    @Override
    public boolean skipOnce(String topic, String eventId, String type, Instant at) {
        try {
            mongo.insert(new Document("_id", eventId).append("topic", topic).append("type", type).append("at", Date.from(at)), SKIPPED);
            return true;
        } catch (DuplicateKeyException alreadyCounted) {
            return false;
        }
    }

    @Override
    public Map<String, Applied> byTopic() {
        Map<String, Map<String, Long>> skipped = new HashMap<>();
        Aggregation perType = Aggregation.newAggregation(Aggregation.group("topic", "type").count().as("count"));
        for (Document counted : mongo.aggregate(perType, SKIPPED, Document.class)) {
            Document key = counted.get("_id", Document.class);
            skipped.computeIfAbsent(key.getString("topic"), topic -> new TreeMap<>())
                    .put(key.getString("type"), ((Number) counted.get("count")).longValue());
        }
        Map<String, Applied> byTopic = new HashMap<>();
        for (Document topic : mongo.findAll(Document.class, TOPICS)) {
            String name = topic.getString("_id");
            byTopic.put(name, new Applied(instant(topic.getDate("lastEventTime")), instant(topic.getDate("lastAppliedAt")),
                    skipped.getOrDefault(name, Map.of())));
        }
        skipped.forEach((name, types) -> byTopic.putIfAbsent(name, new Applied(null, null, types)));
        return byTopic;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
