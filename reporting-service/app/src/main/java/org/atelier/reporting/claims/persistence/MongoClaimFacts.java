package org.atelier.reporting.claims.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.rebuild.CollectionNames;
import org.atelier.reporting.rebuild.FactsOnce;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** One document per claims event, keyed by the event id: a redelivery hits the key and changes nothing. */
public class MongoClaimFacts implements ClaimFacts {

    static final String COLLECTION = "claim_outcome_facts";

    private final MongoTemplate mongo;
    private final FactsOnce facts;
    private final CollectionNames names;

    public MongoClaimFacts(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoClaimFacts(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.facts = new FactsOnce(writer, names);
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("year", Sort.Direction.ASC));
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("itemId", Sort.Direction.ASC));
    }

    @Override
    public boolean addOnce(ClaimFact fact) {
        return addAllOnce(List.of(fact)) == 1;
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int addAllOnce(List<ClaimFact> batch) {
        return facts.insertAllOnce(COLLECTION, batch.stream().map(each -> document(each).append("_id", each.eventId())).toList());
    }

    private static Document document(ClaimFact fact) {
        return new Document("itemId", fact.itemId())
                .append("kind", fact.kind().name())
                .append("from", fact.from())
                .append("to", fact.to())
                .append("on", fact.on().toString())
                .append("year", fact.year())
                .append("outcome", fact.outcome())
                .append("currency", fact.currency())
                .append("deduction", fact.deduction())
                .append("compensation", fact.compensation())
                .append("pool", fact.pool())
                .append("granted", fact.granted())
                .append("customerId", fact.customerId());
    }

    @Override
    public List<ClaimFact> ofItemsTouching(int year) {
        List<String> items = mongo.findDistinct(Query.query(Criteria.where("year").is(year)), "itemId", names.forReading(COLLECTION), String.class);
        Query query = Query.query(Criteria.where("itemId").in(items)).with(Sort.by("on", "_id"));
        return mongo.find(query, Document.class, names.forReading(COLLECTION)).stream().map(MongoClaimFacts::toFact).toList();
    }

    @Override
    public Optional<Integer> lastYear() {
        Document last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "year")).limit(1), Document.class, names.forReading(COLLECTION));
        return Optional.ofNullable(last).map(document -> document.getInteger("year"));
    }

    @Override
    public Optional<Integer> firstYear() {
        Document first = mongo.findOne(new Query().with(Sort.by("year")).limit(1), Document.class, names.forReading(COLLECTION));
        return Optional.ofNullable(first).map(document -> document.getInteger("year"));
    }

    private static ClaimFact toFact(Document document) {
        return new ClaimFact(document.getString("_id"), document.getString("itemId"), ClaimFact.Kind.valueOf(document.getString("kind")),
                document.getString("from"), document.getString("to"), LocalDate.parse(document.getString("on")),
                document.getInteger("year"), document.getString("outcome"), document.getString("currency"),
                number(document, "deduction"), number(document, "compensation"), number(document, "pool"), number(document, "granted"),
                document.getString("customerId"));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number amount ? amount.longValue() : 0L;
    }

}
