package org.atelier.reporting.churn.persistence;

import java.time.LocalDate;
import java.util.List;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.rebuild.CollectionNames;
import org.atelier.reporting.rebuild.FactsOnce;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** One document per exit-interview event, keyed by the event id: a redelivery hits the key and changes nothing. */
public class MongoInterviewFacts implements InterviewFacts {

    static final String COLLECTION = "churn_interview_facts";

    private final MongoTemplate mongo;
    private final FactsOnce facts;
    private final CollectionNames names;

    public MongoInterviewFacts(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoInterviewFacts(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.facts = new FactsOnce(writer, names);
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("year", Sort.Direction.ASC));
    }

    @Override
    public boolean addOnce(InterviewFact fact) {
        return addAllOnce(List.of(fact)) == 1;
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int addAllOnce(List<InterviewFact> batch) {
        return facts.insertAllOnce(COLLECTION, batch.stream().map(each -> document(each).append("_id", each.eventId())).toList());
    }

    private static Document document(InterviewFact fact) {
        return new Document("caseId", fact.caseId())
                .append("kind", fact.kind().name())
                .append("customerId", fact.customerId())
                .append("lostOn", fact.lostOn().toString())
                .append("year", fact.lostOn().getYear())
                .append("channel", fact.channel())
                .append("primaryReason", fact.primaryReason())
                .append("reasons", fact.reasons())
                .append("departmentsAtFault", fact.departmentsAtFault());
    }

    @Override
    public List<InterviewFact> ofYear(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by("caseId", "_id"));
        return mongo.find(query, Document.class, names.forReading(COLLECTION)).stream().map(MongoInterviewFacts::toFact).toList();
    }

    private static InterviewFact toFact(Document document) {
        return new InterviewFact(document.getString("_id"), document.getString("caseId"),
                InterviewFact.Kind.valueOf(document.getString("kind")), document.getString("customerId"),
                LocalDate.parse(document.getString("lostOn")), document.getString("channel"), document.getString("primaryReason"),
                document.getList("reasons", String.class, List.of()), document.getList("departmentsAtFault", String.class, List.of()));
    }

}
