package org.atelier.reporting.churn.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.churn.WithdrawnLoss;
import org.atelier.reporting.rebuild.CollectionNames;
import org.atelier.reporting.rebuild.FactsOnce;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per loss and one per withdrawal, each keyed by its event id, so a redelivered event cannot be counted
 * twice. A withdrawal is kept beside the losses rather than deleting one: applying it is then a single insert, as
 * idempotent as the loss itself, and arriving before a replayed loss changes nothing either.
 */
public class MongoLostCustomers implements LostCustomers {

    static final String COLLECTION = "churn_lost_customers";
    static final String WITHDRAWALS = "churn_withdrawn_losses";

    private final MongoTemplate mongo;
    private final FactsOnce facts;
    private final CollectionNames names;

    public MongoLostCustomers(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoLostCustomers(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.facts = new FactsOnce(writer, names);
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("year", Sort.Direction.ASC));
        mongo.indexOps(names.forReading(WITHDRAWALS)).createIndex(new Index().on("year", Sort.Direction.ASC));
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("customerId", Sort.Direction.ASC));
        mongo.indexOps(names.forReading(WITHDRAWALS)).createIndex(new Index().on("customerId", Sort.Direction.ASC));
    }

    @Override
    public boolean addOnce(LostCustomer loss) {
        return addAllOnce(List.of(loss)) == 1;
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int addAllOnce(List<LostCustomer> batch) {
        return facts.insertAllOnce(COLLECTION, batch.stream().map(each -> document(each).append("_id", each.eventId())).toList());
    }

    private static Document document(LostCustomer loss) {
        return new Document("customerId", loss.customerId())
                .append("customerName", loss.customerName())
                .append("significance", loss.significance())
                .append("key", loss.key())
                .append("competitor", loss.competitor())
                .append("lostOn", loss.lostOn().toString())
                .append("year", loss.year())
                .append("primaryReason", loss.primaryReason())
                .append("reasons", loss.reasons())
                .append("departmentsAtFault", loss.departmentsAtFault())
                .append("recordedAt", loss.recordedAt().toString());
    }

    @Override
    public boolean withdrawOnce(WithdrawnLoss withdrawal) {
        return withdrawAllOnce(List.of(withdrawal)) == 1;
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int withdrawAllOnce(List<WithdrawnLoss> batch) {
        return facts.insertAllOnce(WITHDRAWALS, batch.stream().map(each -> withdrawalDocument(each).append("_id", each.eventId())).toList());
    }

    private static Document withdrawalDocument(WithdrawnLoss withdrawal) {
        return new Document("customerId", withdrawal.customerId())
                .append("lostOn", withdrawal.lostOn().toString())
                .append("year", withdrawal.lostOn().getYear())
                .append("withdrawnAt", withdrawal.withdrawnAt().toString());
    }

    @Override
    public List<LostCustomer> ofYear(int year) {
        Query ofTheYear = Query.query(Criteria.where("year").is(year));
        List<WithdrawnLoss> withdrawals = mongo.find(ofTheYear, Document.class, names.forReading(WITHDRAWALS)).stream()
                .map(MongoLostCustomers::toWithdrawal).toList();
        return mongo.find(Query.query(Criteria.where("year").is(year)).with(Sort.by("lostOn", "_id")), Document.class, names.forReading(COLLECTION))
                .stream().map(MongoLostCustomers::toLoss)
                .filter(loss -> withdrawals.stream().noneMatch(loss::cancelledBy))
                .toList();
    }

    @Override
    public List<LostCustomer> ofCustomers(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        Criteria ofTheCustomers = Criteria.where("customerId").in(customerIds);
        List<WithdrawnLoss> withdrawals = mongo.find(Query.query(ofTheCustomers), Document.class, names.forReading(WITHDRAWALS)).stream()
                .map(MongoLostCustomers::toWithdrawal).toList();
        return mongo.find(Query.query(ofTheCustomers).with(Sort.by("lostOn", "_id")), Document.class, names.forReading(COLLECTION))
                .stream().map(MongoLostCustomers::toLoss)
                .filter(loss -> withdrawals.stream().noneMatch(loss::cancelledBy))
                .toList();
    }

    private static LostCustomer toLoss(Document fact) {
        String significance = fact.getString("significance");
        if (significance == null) {
            // Facts stored before the significance was kept knew only whether the customer was key.
            significance = fact.getBoolean("key", false) ? "KEY" : "REGULAR";
        }
        String recordedAt = fact.getString("recordedAt");
        return new LostCustomer(fact.getString("_id"), fact.getString("customerId"), fact.getString("customerName"),
                significance, fact.getString("competitor"), LocalDate.parse(fact.getString("lostOn")),
                fact.getString("primaryReason"), fact.getList("reasons", String.class, List.of()),
                fact.getList("departmentsAtFault", String.class, List.of()),
                recordedAt == null ? Instant.EPOCH : Instant.parse(recordedAt));
    }

    private static WithdrawnLoss toWithdrawal(Document fact) {
        return new WithdrawnLoss(fact.getString("_id"), fact.getString("customerId"), LocalDate.parse(fact.getString("lostOn")),
                Instant.parse(fact.getString("withdrawnAt")));
    }

}
