package org.atelier.claims.commendation.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.commendation.messaging.CommendationEventTranslator;
import org.atelier.claims.common.AgendaPlace;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.OpenAgendas;
import org.atelier.claims.common.persistence.LifecycleDocument;
import org.atelier.claims.bonus.persistence.LedgerDocuments;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per commendation act; state and new events in one write. An act is read with the open agenda holding
 * it, if any: planning a meeting schedules it without writing it.
 */
public class MongoCommendations implements Commendations {

    static final String COLLECTION = "commendations";

    @Document(COLLECTION)
    record CommendationDocument(@Id String id, String petitioningDepartment, String commendedDepartment, String help, String currency,
                                long proposedRewardMinor, String recognition, String filedBy, Instant filedAt, LifecycleDocument lifecycle,
                                DecisionDocument decision, long version, List<OutboxMessage> outbox) {
    }

    record DecisionDocument(String meetingId, String outcome, long grantedMinor, String decidedBy, Instant decidedAt,
                            LedgerDocuments.DecisionLedgerDocument ledger) {
    }

    private final MongoTemplate mongo;
    private final CommendationEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;
    private final OpenAgendas agendas;

    public MongoCommendations(MongoTemplate mongo, CommendationEventTranslator translator, AggregateDocuments documents, Clock clock,
                              OpenAgendas agendas) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
        this.agendas = agendas;
    }

    @Override
    public Optional<Commendation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CommendationDocument.class))
                .map(doc -> toCommendation(doc, agendas.placeOf(OpenAgendas.Kind.COMMENDATION, doc.id()).orElse(null)));
    }

    @Override
    public List<Commendation> all() {
        Map<String, AgendaPlace> places = agendas.places(OpenAgendas.Kind.COMMENDATION);
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "filedAt")), CommendationDocument.class).stream()
                .map(doc -> toCommendation(doc, places.get(doc.id()))).toList();
    }

    @Override
    public void save(Commendation c) {
        List<OutboxMessage> events = c.newEvents().stream().flatMap(event -> translator.toOutbox(event, clock.instant()).stream()).toList();
        Commendation.Petition p = c.petition();
        Commendation.Decision d = c.decision().orElse(null);
        CommendationDocument next = new CommendationDocument(c.id(), p.petitioningDepartment(), p.commendedDepartment(), p.help(),
                p.proposedReward().currency().getCurrencyCode(), p.proposedReward().minorUnits(), p.recognition(), c.filedBy(), c.filedAt(),
                LifecycleDocument.of(c.lifecycle()),
                d == null ? null : new DecisionDocument(d.meetingId(), d.outcome().name(), d.granted().minorUnits(), d.decidedBy(), d.decidedAt(),
                        LedgerDocuments.of(d.ledger())),
                c.version() + 1, events);
        if (!documents.save(next, next.id(), c.version(), events)) {
            throw new ConcurrentCommendationChange(c.id());
        }
    }

    private static Commendation toCommendation(CommendationDocument doc, AgendaPlace place) {
        Money proposed = Money.of(doc.proposedRewardMinor(), doc.currency());
        DecisionDocument d = doc.decision();
        return Commendation.restore(doc.id(), new Commendation.Petition(doc.petitioningDepartment(), doc.commendedDepartment(), doc.help(),
                        proposed, doc.recognition()), doc.filedBy(), doc.filedAt(), doc.lifecycle().toLifecycle(place),
                d == null ? null : new Commendation.Decision(d.meetingId(), Commendation.Outcome.valueOf(d.outcome()),
                        new Money(d.grantedMinor(), proposed.currency()), d.decidedBy(), d.decidedAt(), LedgerDocuments.toDecision(d.ledger())),
                doc.version());
    }
}
