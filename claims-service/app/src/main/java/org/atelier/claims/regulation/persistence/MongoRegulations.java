package org.atelier.claims.regulation.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.Regulations;
import org.atelier.claims.regulation.messaging.RegulationEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per version, {@code _id} = code and version, so a version is written once and never changed; it is
 * inserted with its RegulationPublished event in the same write.
 */
public class MongoRegulations implements Regulations {

    static final String COLLECTION = "regulations";

    @Document(COLLECTION)
    record RegulationDocument(@Id String id, String code, int version, String name, String text, String owningDepartment,
                              List<String> boundDepartments, LocalDate inForceFrom, LocalDate inForceTo, String publishedBy, Instant publishedAt,
                              List<OutboxMessage> outbox) {
    }

    private final MongoTemplate mongo;
    private final RegulationEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoRegulations(MongoTemplate mongo, RegulationEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public List<Regulation> versionsOf(String id) {
        return mongo.find(Query.query(Criteria.where("code").is(id)).with(Sort.by("version")), RegulationDocument.class).stream()
                .map(MongoRegulations::toRegulation).toList();
    }

    @Override
    public List<Regulation> all() {
        return mongo.find(new Query().with(Sort.by("code", "version")), RegulationDocument.class).stream().map(MongoRegulations::toRegulation).toList();
    }

    @Override
    public boolean add(Regulation r) {
        List<OutboxMessage> events = List.of(translator.published(r, clock.instant()));
        RegulationDocument document = new RegulationDocument(r.id() + ":" + r.version(), r.id(), r.version(), r.name(), r.text(),
                r.owningDepartment(), r.boundDepartments(), r.inForceFrom(), r.inForceTo(), r.publishedBy(), r.publishedAt(), events);
        // Inserted once: a version published meanwhile under the same id leaves this one unwritten.
        return documents.save(document, document.id(), 0, events);
    }

    private static Regulation toRegulation(RegulationDocument d) {
        return new Regulation(d.code(), d.version(), d.name(), d.text(), d.owningDepartment(), d.boundDepartments(), d.inForceFrom(),
                d.inForceTo(), d.publishedBy(), d.publishedAt());
    }
}
