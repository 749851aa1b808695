package org.atelier.reporting.churn.persistence;

import java.time.LocalDate;
import java.util.List;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.rebuild.CollectionNames;
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
    private final OnceOnlyWriter writer;
    private final CollectionNames names;

    public MongoInterviewFacts(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoInterviewFacts(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.writer = writer;
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("year", Sort.Direction.ASC));
    }

    @Override
    public boolean addOnce(InterviewFact fact) {
        Document document = new Document("caseId", fact.caseId())
                .append("kind", fact.kind().name())
                .append("customerId", fact.customerId())
                .append("lostOn", fact.lostOn().toString())
                .append("year", fact.lostOn().getYear())
                .append("channel", fact.channel())
                .append("primaryReason", fact.primaryReason())
                .append("reasons", fact.reasons())
                .append("departmentsAtFault", fact.departmentsAtFault());
        return insertOnce(fact.eventId(), COLLECTION, document);
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

    /** Applies the fact to the active collection and, while a rebuild runs, to the one being built. */
    private boolean insertOnce(String eventId, String collection, Document fact) {
        List<String> targets = names.forWriting(collection);
        boolean changed = writer.insertOnce(eventId, targets.get(0), fact);
        for (String building : targets.subList(1, targets.size())) {
            writer.insertOnce(eventId, building, new Document(fact));
        }
        return changed;
    }
}
