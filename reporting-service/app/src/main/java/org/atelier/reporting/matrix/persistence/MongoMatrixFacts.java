package org.atelier.reporting.matrix.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.Mark;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.Response;
import org.atelier.reporting.rebuild.CollectionNames;
import org.atelier.reporting.rebuild.FactsOnce;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per matrix campaign event, keyed by the event id: a redelivery hits the key and changes nothing.
 * Responses are stored as their level, department and marked cells only, as published: nothing names a person.
 */
public class MongoMatrixFacts implements MatrixFacts {

    static final String COLLECTION = "matrix_facts";
    private static final String OPENED = "OPENED";
    private static final String SUBMITTED = "SUBMITTED";
    private static final String CLOSED = "CLOSED";

    private final MongoTemplate mongo;
    private final FactsOnce facts;
    private final CollectionNames names;

    public MongoMatrixFacts(MongoTemplate mongo, OnceOnlyWriter writer) {
        this(mongo, writer, CollectionNames.fixed());
    }

    /** @param names where the collections live now (see {@link CollectionNames}) */
    public MongoMatrixFacts(MongoTemplate mongo, OnceOnlyWriter writer, CollectionNames names) {
        this.names = names;
        this.mongo = mongo;
        this.facts = new FactsOnce(writer, names);
        mongo.indexOps(names.forReading(COLLECTION)).createIndex(new Index().on("kind", Sort.Direction.ASC).on("campaignId", Sort.Direction.ASC));
    }

    @Override
    public boolean openedOnce(String eventId, Campaign opened) {
        return addAllOnce(List.of(new Opened(eventId, opened))) == 1;
    }

    private static Document openedDocument(Campaign opened) {
        return new Document("kind", OPENED)
                .append("campaignId", opened.campaignId())
                .append("title", opened.title())
                .append("endsOn", opened.endsOn() == null ? null : opened.endsOn().toString())
                .append("openedAt", opened.openedAt().toString())
                .append("invited", opened.invited())
                .append("tasks", opened.tasks().stream().map(task -> new Document("code", task.code()).append("nameEn", task.nameEn())
                        .append("nameRu", task.nameRu()).append("reasons", task.reasons())).toList())
                .append("departments", opened.departments().stream().map(department -> new Document("code", department.code())
                        .append("nameEn", department.nameEn()).append("nameRu", department.nameRu())).toList());
    }

    @Override
    public boolean submittedOnce(String eventId, String campaignId, Response response) {
        return addAllOnce(List.of(new Submitted(eventId, campaignId, response))) == 1;
    }

    private static Document submittedDocument(String campaignId, Response response) {
        List<Document> cells = response.cells().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).map(cell -> {
            String[] key = cell.getKey().split("\n", 2);
            return new Document("task", key[0]).append("department", key[1]).append("mark", cell.getValue().name());
        }).toList();
        return new Document("kind", SUBMITTED)
                .append("campaignId", campaignId)
                .append("responseId", response.responseId())
                .append("level", response.level().name())
                .append("department", response.department())
                .append("cells", cells);
    }

    @Override
    public boolean closedOnce(String eventId, ClosingFact closed) {
        return addAllOnce(List.of(new Closed(eventId, closed))) == 1;
    }

    private static Document closedDocument(ClosingFact closed) {
        return new Document("kind", CLOSED)
                .append("campaignId", closed.campaignId())
                .append("closedAt", closed.closing().closedAt().toString())
                .append("closedBy", closed.closing().closedBy());
    }

    /** One bulk insert for the batch; see {@link FactsOnce}. */
    @Override
    public int addAllOnce(List<Fact> batch) {
        return facts.insertAllOnce(COLLECTION, batch.stream().map(fact -> document(fact).append("_id", fact.eventId())).toList());
    }

    private static Document document(Fact fact) {
        if (fact instanceof Opened opened) {
            return openedDocument(opened.campaign());
        }
        if (fact instanceof Submitted submitted) {
            return submittedDocument(submitted.campaignId(), submitted.response());
        }
        return closedDocument(((Closed) fact).closing());
    }

    @Override
    public List<Campaign> openings() {
        return of(OPENED).stream().map(MongoMatrixFacts::toCampaign).toList();
    }

    @Override
    public List<ClosingFact> closings() {
        return of(CLOSED).stream().map(document -> new ClosingFact(document.getString("campaignId"),
                new Campaign.Closing(Instant.parse(document.getString("closedAt")), document.getString("closedBy")))).toList();
    }

    @Override
    public List<Response> responses(String campaignId) {
        Query query = Query.query(Criteria.where("kind").is(SUBMITTED).and("campaignId").is(campaignId)).with(Sort.by("_id"));
        return mongo.find(query, Document.class, names.forReading(COLLECTION)).stream().map(MongoMatrixFacts::toResponse).toList();
    }

    @Override
    public List<ResponseRef> responseRefs() {
        Query query = Query.query(Criteria.where("kind").is(SUBMITTED));
        query.fields().include("campaignId", "responseId");
        return mongo.find(query, Document.class, names.forReading(COLLECTION)).stream()
                .map(document -> new ResponseRef(document.getString("campaignId"), document.getString("responseId"))).toList();
    }

    private List<Document> of(String kind) {
        return mongo.find(Query.query(Criteria.where("kind").is(kind)).with(Sort.by("_id")), Document.class, names.forReading(COLLECTION));
    }

    private static Campaign toCampaign(Document document) {
        List<Campaign.Task> tasks = document.getList("tasks", Document.class, List.of()).stream()
                .map(task -> new Campaign.Task(task.getString("code"), task.getString("nameEn"), task.getString("nameRu"),
                        task.getList("reasons", String.class, List.of()))).toList();
        List<Campaign.Department> departments = document.getList("departments", Document.class, List.of()).stream()
                .map(department -> new Campaign.Department(department.getString("code"), department.getString("nameEn"),
                        department.getString("nameRu"))).toList();
        String endsOn = document.getString("endsOn");
        return new Campaign(document.getString("campaignId"), document.getString("title"), endsOn == null ? null : LocalDate.parse(endsOn),
                Instant.parse(document.getString("openedAt")), tasks, departments, document.getInteger("invited", 0), Optional.empty());
    }

    private static Response toResponse(Document document) {
        List<Response.Cell> cells = document.getList("cells", Document.class, List.of()).stream()
                .map(cell -> new Response.Cell(cell.getString("task"), cell.getString("department"), Mark.valueOf(cell.getString("mark"))))
                .toList();
        return Response.of(document.getString("responseId"), Level.valueOf(document.getString("level")), document.getString("department"),
                cells);
    }

}
