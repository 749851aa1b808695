package org.atelier.loyalty.customer.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.atelier.loyalty.customer.LoyaltyReview;
import org.atelier.loyalty.customer.LoyaltyReviews;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per reviewed year in {@code loyaltyReviews}: progress, and the lease (runner, leaseUntil) that a
 * single atomic find-and-modify hands to one runner at a time.
 */
public class MongoLoyaltyReviews implements LoyaltyReviews {

    static final String COLLECTION = "loyaltyReviews";

    private final MongoTemplate mongo;

    public MongoLoyaltyReviews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<LoyaltyReview> find(int year) {
        return Optional.ofNullable(mongo.findById(year, Document.class, COLLECTION)).map(MongoLoyaltyReviews::toReview);
    }

    @Override
    public Optional<LoyaltyReview> claim(int year, String runner, Instant now, Instant leaseUntil) {
        startOnce(year);
        Criteria free = new Criteria().orOperator(where("leaseUntil").lt(Date.from(now)), where("runner").is(runner));
        Document claimed = mongo.findAndModify(query(where("_id").is(year).and("finished").is(false)).addCriteria(free),
                new Update().set("runner", runner).set("leaseUntil", Date.from(leaseUntil)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(MongoLoyaltyReviews::toReview);
    }

    /** The year's record, with a lease that has already run out, unless it exists. */
    private void startOnce(int year) {
        LoyaltyReview starting = LoyaltyReview.starting(year);
        try {
            mongo.insert(new Document("_id", year).append("lastCustomerId", starting.lastCustomerId()).append("changed", starting.changed())
                    .append("failed", starting.failed()).append("finished", false).append("leaseUntil", new Date(0)), COLLECTION);
        } catch (DuplicateKeyException alreadyStarted) {
            // Another runner, or an earlier run, started it: the claim decides who goes on.
        }
    }

    @Override
    public boolean record(LoyaltyReview progress, String runner, Instant leaseUntil) {
        return mongo.updateFirst(query(where("_id").is(progress.year()).and("runner").is(runner)),
                new Update().set("lastCustomerId", progress.lastCustomerId()).set("changed", progress.changed())
                        .set("failed", progress.failed()).set("finished", progress.finished()).set("leaseUntil", Date.from(leaseUntil)),
                COLLECTION).getMatchedCount() == 1;
    }

    @SuppressWarnings("unchecked")
    private static LoyaltyReview toReview(Document document) {
        return new LoyaltyReview(document.getInteger("_id"), document.getString("lastCustomerId"), document.getInteger("changed", 0),
                (List<String>) document.get("failed", List.class), document.getBoolean("finished", false));
    }
}
