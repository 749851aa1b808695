package org.atelier.reporting.pool.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.pool.AnnualFigures;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.LoyaltyFact;
import org.atelier.reporting.pool.PoolFacts;
import org.atelier.reporting.rebuild.CollectionNames;
import org.atelier.reporting.rebuild.FactsOnce;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Plans and results as one document per kind and year whose revision only ever moves forward (a conditional upsert:
 * an older or the same revision delivered again matches nothing, and its insert hits the key), and the loyalty facts
 * as one document per event.
 */
public class MongoPoolFacts implements PoolFacts {

    static final String FIGURES = "pool_annual_figures";
    static final String LOYALTY = "pool_loyalty_facts";

    private final MongoTemplate mongo;
    private final FactsOnce facts;
    private final CollectionNames names;

    public MongoPoolFacts(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoPoolFacts(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.facts = new FactsOnce(writer, names);
        mongo.indexOps(names.forReading(LOYALTY)).createIndex(new Index().on("on", Sort.Direction.ASC));
    }

    @Override
    public boolean record(Figures kind, String eventId, AnnualFigures figures) {
        Date at = Date.from(figures.at());
        Query olderRevision = Query.query(Criteria.where("_id").is(id(kind, figures.year())).orOperator(
                Criteria.where("at").lt(at),
                Criteria.where("at").is(at).and("eventId").lt(eventId)));
        Update update = new Update().set("kind", kind.name()).set("year", figures.year()).set("currency", figures.currency())
                .set("revenueMinor", figures.revenueMinor()).set("marginMinor", figures.marginMinor())
                .set("loyalCustomers", figures.loyalCustomers()).set("loyalKeyCustomers", figures.loyalKeyCustomers())
                .set("headcount", figures.headcount()).set("at", at).set("eventId", eventId)
                .set("gateRule", figures.gateRule() == null ? null : figures.gateRule().name())
                .set("marginGrowthShareBp", figures.marginGrowthShareBp());
        try {
            var result = upsert(olderRevision, update, FIGURES);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException sameOrLaterRevisionAlreadyRecorded) {
            return false;
        }
    }

    @Override
    public boolean addOnce(LoyaltyFact fact) {
        return addAllOnce(List.of(fact)) == 1;
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int addAllOnce(List<LoyaltyFact> batch) {
        return facts.insertAllOnce(LOYALTY, batch.stream().map(each -> document(each).append("_id", each.eventId())).toList());
    }

    private static Document document(LoyaltyFact fact) {
        return new Document("customerId", fact.customerId()).append("on", fact.on().toString())
                .append("loyal", fact.loyal()).append("significance", fact.significance())
                .append("recordedAt", Date.from(fact.recordedAt()));
    }

    @Override
    public Optional<AnnualFigures> figures(Figures kind, int year) {
        Document document = mongo.findById(id(kind, year), Document.class, names.forReading(FIGURES));
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new AnnualFigures(year, document.getString("currency"), number(document, "revenueMinor"),
                number(document, "marginMinor"), document.getInteger("loyalCustomers"), document.getInteger("loyalKeyCustomers"),
                document.getInteger("headcount", 0), document.getDate("at").toInstant(),
                document.getString("gateRule") == null ? null : GateRule.valueOf(document.getString("gateRule")),
                document.getInteger("marginGrowthShareBp")));
    }

    @Override
    public List<LoyaltyFact> loyaltyUpTo(LocalDate day) {
        // ISO dates (yyyy-mm-dd) compare as strings in date order.
        Query query = Query.query(Criteria.where("on").lte(day.toString()));
        return mongo.find(query, Document.class, names.forReading(LOYALTY)).stream().map(document -> new LoyaltyFact(document.getString("_id"),
                document.getString("customerId"), LocalDate.parse(document.getString("on")), document.getBoolean("loyal"),
                document.getString("significance"), document.getDate("recordedAt").toInstant())).toList();
    }

    @Override
    public Optional<Integer> lastYear() {
        Document last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "year")).limit(1), Document.class, names.forReading(FIGURES));
        return Optional.ofNullable(last).map(document -> document.getInteger("year"));
    }

    @Override
    public Optional<Integer> firstYear() {
        Document first = mongo.findOne(new Query().with(Sort.by("year")).limit(1), Document.class, names.forReading(FIGURES));
        return Optional.ofNullable(first).map(document -> document.getInteger("year"));
    }

    private static String id(Figures kind, int year) {
        return kind.name() + ":" + year;
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number amount ? amount.longValue() : 0L;
    }


    private UpdateResult upsert(Query query, Update update, String collection) {
        List<String> targets = names.forWriting(collection);
        UpdateResult result = mongo.upsert(query, update, targets.get(0));
        for (String building : targets.subList(1, targets.size())) {
            try {
                mongo.upsert(query, update, building);
            } catch (DuplicateKeyException sameOrLaterRevisionAlreadyThere) {
                // the rebuild applied this revision or a later one already
            }
        }
        return result;
    }
}
