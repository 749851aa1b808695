package org.atelier.claims.bonus.persistence;

import java.time.Clock;
import java.util.List;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.bonus.Reversals;
import org.atelier.claims.bonus.messaging.LedgerEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per reversal, its id the id of the decision it reverses: inserting it is the whole reversal (the
 * negated entries and their events in one write), and a second reversal of the same decision cannot be inserted.
 */
public class MongoReversals implements Reversals {

    static final String COLLECTION = "ledger_reversals";

    @Document(COLLECTION)
    record ReversalDocument(@Id String id, LedgerDocuments.DecisionLedgerDocument ledger, long version, List<OutboxMessage> outbox) {
    }

    private final MongoTemplate mongo;
    private final LedgerEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoReversals(MongoTemplate mongo, LedgerEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public boolean add(BonusDecision reversal) {
        List<OutboxMessage> events = translator.toOutbox(reversal, clock.instant());
        ReversalDocument document = new ReversalDocument(reversal.reverses(), LedgerDocuments.of(reversal), 1, events);
        return documents.save(document, document.id(), 0, events);
    }

    @Override
    public List<BonusDecision> all() {
        return mongo.find(new Query().with(Sort.by("ledger.decidedAt")), ReversalDocument.class).stream()
                .map(doc -> LedgerDocuments.toDecision(doc.ledger())).toList();
    }
}
