package org.atelier.claims.claim.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.bonus.Settlement;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimDecision;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.claim.Evidence;
import org.atelier.claims.claim.messaging.ClaimEventTranslator;
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
 * One document per claim; its state and new events are written together by {@link AggregateDocuments}. A claim is
 * read with the open agenda holding it, if any: planning a meeting schedules it without writing it.
 */
public class MongoClaims implements Claims {

    static final String COLLECTION = "claims";

    @Document(COLLECTION)
    record ClaimDocument(@Id String id, String claimantDepartment, String respondentDepartment, String regulationId, int regulationVersion,
                         String whatHappened, LocalDate happenedOn, String customerId, String customerName, String contractReference,
                         String customerConsequences,
                         String planIndicator, String currency, long claimedShortfallMinor, long planAdjustmentRequested,
                         List<EvidenceDocument> evidence, String filedBy, Instant filedAt, PositionDocument position,
                         LifecycleDocument lifecycle, DecisionDocument decision, long version, List<OutboxMessage> outbox) {
    }

    record EvidenceDocument(String description, String link) {
    }

    record PositionDocument(String text, String recordedBy, Instant recordedAt) {
    }

    record DecisionDocument(String meetingId, String outcome, long recognisedShortfallMinor, long deductionMinor, long compensationMinor,
                            long poolShareMinor, long planAdjustment, int policyYear, int deductionRatio, int compensationRatio,
                            int redistributionRatio, String reasoning, String decidedBy, Instant decidedAt,
                            LedgerDocuments.DecisionLedgerDocument ledger) {
    }

    private final MongoTemplate mongo;
    private final ClaimEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;
    private final OpenAgendas agendas;

    public MongoClaims(MongoTemplate mongo, ClaimEventTranslator translator, AggregateDocuments documents, Clock clock, OpenAgendas agendas) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
        this.agendas = agendas;
    }

    @Override
    public Optional<Claim> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ClaimDocument.class))
                .map(doc -> toClaim(doc, agendas.placeOf(OpenAgendas.Kind.CLAIM, doc.id()).orElse(null)));
    }

    @Override
    public List<Claim> all() {
        Map<String, AgendaPlace> places = agendas.places(OpenAgendas.Kind.CLAIM);
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "filedAt")), ClaimDocument.class).stream()
                .map(doc -> toClaim(doc, places.get(doc.id()))).toList();
    }

    @Override
    public void save(Claim claim) {
        List<OutboxMessage> events = claim.newEvents().stream().flatMap(event -> translator.toOutbox(event, clock.instant()).stream()).toList();
        ClaimDocument next = toDocument(claim, claim.version() + 1, events);
        if (!documents.save(next, next.id(), claim.version(), events)) {
            throw new ConcurrentClaimChange(claim.id());
        }
    }

    private static ClaimDocument toDocument(Claim claim, long version, List<OutboxMessage> outbox) {
        Claim.Statement s = claim.statement();
        ClaimDecision d = claim.decision().orElse(null);
        return new ClaimDocument(claim.id(), s.claimantDepartment(), s.respondentDepartment(), s.regulationId(), s.regulationVersion(),
                s.whatHappened(), s.happenedOn(), s.customerId(), s.customerName(), s.contractReference(), s.customerConsequences(), s.planIndicator(),
                s.claimedShortfall().currency().getCurrencyCode(), s.claimedShortfall().minorUnits(), s.planAdjustmentRequested(),
                s.evidence().stream().map(e -> new EvidenceDocument(e.description(), e.link())).toList(), claim.filedBy(), claim.filedAt(),
                claim.position().map(p -> new PositionDocument(p.text(), p.recordedBy(), p.recordedAt())).orElse(null),
                LifecycleDocument.of(claim.lifecycle()),
                d == null ? null : new DecisionDocument(d.meetingId(), d.settlement().outcome().name(),
                        d.settlement().recognisedShortfall().minorUnits(), d.settlement().deduction().minorUnits(),
                        d.settlement().compensation().minorUnits(), d.settlement().poolShare().minorUnits(), d.planAdjustment(),
                        d.policy().year(), d.policy().deductionRatio(), d.policy().compensationRatio(), d.policy().redistributionRatio(),
                        d.reasoning(), d.decidedBy(), d.decidedAt(), LedgerDocuments.of(d.ledger())),
                version, outbox);
    }

    private static Claim toClaim(ClaimDocument doc, AgendaPlace place) {
        Money claimed = Money.of(doc.claimedShortfallMinor(), doc.currency());
        Claim.Statement statement = new Claim.Statement(doc.claimantDepartment(), doc.respondentDepartment(), doc.regulationId(),
                doc.regulationVersion(), doc.whatHappened(), doc.happenedOn(), doc.customerId(), doc.customerName(), doc.contractReference(),
                doc.customerConsequences(), doc.planIndicator(), claimed, doc.planAdjustmentRequested(),
                doc.evidence() == null ? List.of() : doc.evidence().stream().map(e -> new Evidence(e.description(), e.link())).toList());
        DecisionDocument d = doc.decision();
        ClaimDecision decision = d == null ? null : new ClaimDecision(d.meetingId(),
                new Settlement(Outcome.valueOf(d.outcome()), new Money(d.recognisedShortfallMinor(), claimed.currency()),
                        new Money(d.deductionMinor(), claimed.currency()), new Money(d.compensationMinor(), claimed.currency()),
                        new Money(d.poolShareMinor(), claimed.currency())),
                d.planAdjustment(), new BonusPolicy(d.policyYear(), d.deductionRatio(), d.compensationRatio(), d.redistributionRatio(), null, null),
                d.reasoning(), d.decidedBy(), d.decidedAt(), LedgerDocuments.toDecision(d.ledger()));
        PositionDocument p = doc.position();
        return Claim.restore(doc.id(), statement, doc.filedBy(), doc.filedAt(),
                p == null ? null : new Claim.Position(p.text(), p.recordedBy(), p.recordedAt()), doc.lifecycle().toLifecycle(place), decision,
                doc.version());
    }
}
