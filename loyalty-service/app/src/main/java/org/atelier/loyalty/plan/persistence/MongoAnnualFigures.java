package org.atelier.loyalty.plan.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.AnnualPlan;
import org.atelier.loyalty.plan.AnnualResults;
import org.atelier.loyalty.plan.PoolGateRule;
import org.atelier.loyalty.plan.ResultsRevision;
import org.atelier.loyalty.plan.messaging.AnnualFiguresEventTranslator;
import org.atelier.outbox.OutboxMessage;
import org.atelier.outbox.AggregateDocuments;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** One document per year; state and new events are written together by {@link AggregateDocuments}. */
public class MongoAnnualFigures implements AnnualFiguresRepository {

    static final String COLLECTION = "annual_figures";

    @Document(COLLECTION)
    record FiguresDocument(@Id String id, int year, String currency, Long planRevenueMinor, Long planMarginMinor,
                           Integer planLoyalCustomers, Integer planLoyalKeyCustomers, Integer planHeadcount,
                           String planGateRule, Integer planMarginGrowthShareBp,
                           Long resultRevenueMinor, Long resultMarginMinor, Integer resultHeadcount, long version,
                           List<OutboxMessage> outbox, List<RevisionDocument> resultRevisions) {
    }

    /**
     * One recording of the results. The {@code result*} fields of the year hold the latest, as before revisions were
     * kept; a year stored then has none of these and its results read as revision 1.
     */
    record RevisionDocument(int revision, long revenueMinor, long marginMinor, int headcount, String recordedBy, Instant recordedAt) {
    }

    private final MongoTemplate mongo;
    private final AnnualFiguresEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoAnnualFigures(MongoTemplate mongo, AnnualFiguresEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public Optional<AnnualFigures> find(int year) {
        return Optional.ofNullable(mongo.findById(String.valueOf(year), FiguresDocument.class)).map(MongoAnnualFigures::toFigures);
    }

    @Override
    public List<AnnualFigures> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), FiguresDocument.class).stream()
                .map(MongoAnnualFigures::toFigures).toList();
    }

    @Override
    public void save(AnnualFigures figures) {
        List<OutboxMessage> events = figures.newEvents().stream().map(event -> translator.toOutbox(event, clock.instant())).toList();
        FiguresDocument next = toDocument(figures, figures.version() + 1, events);
        if (!documents.save(next, next.id(), figures.version(), events)) {
            throw new ConcurrentFiguresChange(figures.year());
        }
    }

    private static FiguresDocument toDocument(AnnualFigures figures, long version, List<OutboxMessage> outbox) {
        AnnualPlan plan = figures.plan().orElse(null);
        AnnualResults results = figures.results().orElse(null);
        String currency = plan != null ? plan.revenue().currency().getCurrencyCode()
                : results != null ? results.revenue().currency().getCurrencyCode() : null;
        return new FiguresDocument(String.valueOf(figures.year()), figures.year(), currency,
                plan == null ? null : plan.revenue().minorUnits(), plan == null ? null : plan.margin().minorUnits(),
                plan == null ? null : plan.loyalCustomers(), plan == null ? null : plan.loyalKeyCustomers(),
                plan == null ? null : plan.headcount(),
                plan == null || plan.gateRule() == null ? null : plan.gateRule().name(), plan == null ? null : plan.marginGrowthShareBp(),
                results == null ? null : results.revenue().minorUnits(), results == null ? null : results.margin().minorUnits(),
                results == null ? null : results.headcount(), version, outbox,
                figures.revisions().stream().map(revision -> new RevisionDocument(revision.revision(),
                        revision.results().revenue().minorUnits(), revision.results().margin().minorUnits(), revision.results().headcount(),
                        revision.recordedBy(), revision.recordedAt())).toList());
    }

    private static AnnualFigures toFigures(FiguresDocument document) {
        AnnualPlan plan = document.planRevenueMinor() == null ? null : new AnnualPlan(
                Money.of(document.planRevenueMinor(), document.currency()), Money.of(document.planMarginMinor(), document.currency()),
                document.planLoyalCustomers(), document.planLoyalKeyCustomers(), document.planHeadcount(),
                document.planGateRule() == null ? null : PoolGateRule.valueOf(document.planGateRule()), document.planMarginGrowthShareBp());
        AnnualResults results = document.resultRevenueMinor() == null ? null : new AnnualResults(
                Money.of(document.resultRevenueMinor(), document.currency()), Money.of(document.resultMarginMinor(), document.currency()),
                document.resultHeadcount());
        if (document.resultRevisions() == null || document.resultRevisions().isEmpty()) {
            return AnnualFigures.restore(document.year(), plan, results, document.version());
        }
        List<ResultsRevision> revisions = document.resultRevisions().stream().map(revision -> new ResultsRevision(revision.revision(),
                new AnnualResults(Money.of(revision.revenueMinor(), document.currency()), Money.of(revision.marginMinor(), document.currency()),
                        revision.headcount()), revision.recordedBy(), revision.recordedAt())).toList();
        return AnnualFigures.restore(document.year(), plan, revisions, document.version());
    }
}
