package org.atelier.survey.customer.persistence;

import java.util.Optional;
import org.atelier.survey.customer.CustomerChange;
import org.atelier.survey.customer.KnownCustomer;
import org.atelier.survey.customer.KnownCustomers;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per customer. The ids of the events applied to it are kept in the same document and the change is
 * made only if its event's id is not among them, so applying and remembering are one single-document write: a
 * redelivered event changes nothing, and no transaction is needed. Only the latest ids are kept: a redelivery comes
 * soon after the delivery it repeats (the partition's uncommitted tail), not hundreds of events later.
 */
public class MongoKnownCustomers implements KnownCustomers {

    static final String COLLECTION = "survey_customers";
    static final int APPLIED_KEPT = 100;

    private final MongoTemplate mongo;

    public MongoKnownCustomers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<KnownCustomer> find(String customerId) {
        Document document = mongo.findById(customerId, Document.class, COLLECTION);
        return Optional.ofNullable(document).map(found -> new KnownCustomer(found.getString("_id"), found.getString("name"),
                found.getString("significance"), found.getString("accountManager"), found.getString("department")));
    }

    @Override
    public boolean applyOnce(String eventId, CustomerChange change) {
        Query notYetApplied = Query.query(Criteria.where("_id").is(change.customerId()).and("appliedEvents").ne(eventId));
        Update update = fields(change);
        update.push("appliedEvents").slice(-APPLIED_KEPT).each(eventId);
        try {
            mongo.upsert(notYetApplied, update, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists and already lists the event: the upsert tried to insert a second one.
            return false;
        }
    }

    private static Update fields(CustomerChange change) {
        Update update = new Update();
        if (change instanceof CustomerChange.Registered registered) {
            update.set("name", registered.name()).set("significance", registered.significance())
                    .set("accountManager", registered.accountManager()).set("department", registered.department());
        } else if (change instanceof CustomerChange.ProfileChanged changed) {
            update.set("name", changed.name()).set("accountManager", changed.accountManager()).set("department", changed.department());
        } else if (change instanceof CustomerChange.SignificanceChanged changed) {
            update.set("significance", changed.significance());
        }
        return update;
    }
}
