package org.atelier.reporting.churn.persistence;

import java.time.LocalDate;
import java.util.List;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.LostCustomers;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** One document per loss, keyed by the event id, so a redelivered event cannot be counted twice. */
public class MongoLostCustomers implements LostCustomers {

    static final String COLLECTION = "churn_lost_customers";

    private final MongoTemplate mongo;
    private final OnceOnlyWriter writer;

    public MongoLostCustomers(MongoTemplate mongo, OnceOnlyWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("year", Sort.Direction.ASC));
    }

    @Override
    public boolean addOnce(LostCustomer loss) {
        Document fact = new Document("customerId", loss.customerId())
                .append("customerName", loss.customerName())
                .append("key", loss.key())
                .append("competitor", loss.competitor())
                .append("lostOn", loss.lostOn().toString())
                .append("year", loss.year())
                .append("primaryReason", loss.primaryReason())
                .append("reasons", loss.reasons())
                .append("departmentsAtFault", loss.departmentsAtFault());
        return writer.insertOnce(loss.eventId(), COLLECTION, fact);
    }

    @Override
    public List<LostCustomer> ofYear(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by("lostOn", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoLostCustomers::toLoss).toList();
    }

    private static LostCustomer toLoss(Document fact) {
        return new LostCustomer(fact.getString("_id"), fact.getString("customerId"), fact.getString("customerName"),
                fact.getBoolean("key", false), fact.getString("competitor"), LocalDate.parse(fact.getString("lostOn")),
                fact.getString("primaryReason"), fact.getList("reasons", String.class, List.of()),
                fact.getList("departmentsAtFault", String.class, List.of()));
    }
}
