package org.atelier.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each view's latest rebuild, one document per view in {@code view_rebuilds}, so that any instance answers for it
 * and at most one rebuild of a view runs at a time in the whole deployment. A running rebuild beats every few hundred
 * records; one that has not beaten for {@link #STALE} died with its instance and may be started again.
 */
public class RebuildLog {

    static final String COLLECTION = "view_rebuilds";
    static final Duration STALE = Duration.ofMinutes(2);

    private final MongoTemplate mongo;

    public RebuildLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return {@code false} when a rebuild of the view is running already */
    public boolean claim(RebuildableView view, Instant now) {
        Query notRunning = Query.query(Criteria.where("_id").is(view.id()).orOperator(
                Criteria.where("state").ne(RebuildStatus.RUNNING),
                Criteria.where("beatAt").lt(Date.from(now.minus(STALE)))));
        Update running = new Update().set("state", RebuildStatus.RUNNING).set("startedAt", Date.from(now)).set("beatAt", Date.from(now))
                .set("recordsApplied", 0L).set("recordsSkipped", 0L).unset("finishedAt").unset("error");
        try {
            mongo.upsert(notRunning, running, COLLECTION);
            return true;
        } catch (DuplicateKeyException runningAlready) {
            return false;
        }
    }

    /** Whether a rebuild of the view is running: said so and beaten within {@link #STALE}, the rule {@link #claim} keeps. */
    public boolean running(RebuildableView view, Instant now) {
        Document entry = mongo.findById(view.id(), Document.class, COLLECTION);
        if (entry == null || !RebuildStatus.RUNNING.equals(entry.getString("state"))) {
            return false;
        }
        Date beatAt = entry.getDate("beatAt");
        return beatAt != null && !beatAt.toInstant().isBefore(now.minus(STALE));
    }

    public void progress(RebuildableView view, long applied, long skipped, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())),
                new Update().set("recordsApplied", applied).set("recordsSkipped", skipped).set("beatAt", Date.from(now)), COLLECTION);
    }

    public void finished(RebuildableView view, long applied, long skipped, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())), new Update().set("state", RebuildStatus.FINISHED)
                .set("recordsApplied", applied).set("recordsSkipped", skipped).set("finishedAt", Date.from(now)), COLLECTION);
    }

    public void failed(RebuildableView view, String error, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(view.id())), new Update().set("state", RebuildStatus.FAILED)
                .set("error", error).set("finishedAt", Date.from(now)), COLLECTION);
    }

    public RebuildStatus status(RebuildableView view) {
        Document entry = mongo.findById(view.id(), Document.class, COLLECTION);
        if (entry == null) {
            return RebuildStatus.none(view);
        }
        return new RebuildStatus(view.id(), entry.getString("state"), instant(entry, "startedAt"), instant(entry, "finishedAt"),
                number(entry, "recordsApplied"), number(entry, "recordsSkipped"), entry.getString("error"));
    }

    private static Instant instant(Document entry, String field) {
        Date date = entry.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document entry, String field) {
        return entry.get(field) instanceof Number value ? value.longValue() : 0L;
    }
}
