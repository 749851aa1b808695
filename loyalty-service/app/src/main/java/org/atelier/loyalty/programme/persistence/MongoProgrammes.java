package org.atelier.loyalty.programme.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammeChangedMeanwhile;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.loyalty.programme.messaging.ProgrammeEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** The programme as one document; its terms and the revision event are written together by {@link AggregateDocuments}. */
public class MongoProgrammes implements Programmes {

    static final String COLLECTION = "loyalty_programme";

    @Document(COLLECTION)
    record ProgrammeDocument(@Id String id, String currency, int accrualPoints, long accrualStepMinorUnits, long pointValueMinorUnits,
                             int pointsExpireAfterMonths, int tierWindowMonths, List<TierDocument> tiers, String revisedBy,
                             Instant revisedAt, long version, List<OutboxMessage> outbox) {
    }

    record TierDocument(String name, long thresholdPoints, int discountPercent) {
    }

    private final MongoTemplate mongo;
    private final ProgrammeEventTranslator translator;
    private final AggregateDocuments documents;
    private final Clock clock;

    public MongoProgrammes(MongoTemplate mongo, ProgrammeEventTranslator translator, AggregateDocuments documents, Clock clock) {
        this.mongo = mongo;
        this.translator = translator;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public LoyaltyProgramme current() {
        ProgrammeDocument document = mongo.findById(LoyaltyProgramme.ID, ProgrammeDocument.class);
        if (document == null) {
            return LoyaltyProgramme.initial();
        }
        ProgrammeTerms terms = new ProgrammeTerms(Money.currency(document.currency()), document.accrualPoints(),
                document.accrualStepMinorUnits(), document.pointValueMinorUnits(), document.pointsExpireAfterMonths(),
                document.tierWindowMonths(), document.tiers().stream()
                        .map(tier -> new DiscountTier(tier.name(), tier.thresholdPoints(), tier.discountPercent())).toList());
        return LoyaltyProgramme.restore(terms, document.revisedBy(), document.revisedAt(), document.version());
    }

    @Override
    public void save(LoyaltyProgramme programme) {
        List<OutboxMessage> events = programme.newEvents().stream().map(event -> translator.toOutbox(event, clock.instant())).toList();
        ProgrammeTerms terms = programme.terms();
        ProgrammeDocument next = new ProgrammeDocument(LoyaltyProgramme.ID, terms.currency().getCurrencyCode(), terms.accrualPoints(),
                terms.accrualStepMinorUnits(), terms.pointValueMinorUnits(), terms.pointsExpireAfterMonths(), terms.tierWindowMonths(),
                terms.tiers().stream().map(tier -> new TierDocument(tier.name(), tier.thresholdPoints(), tier.discountPercent())).toList(),
                programme.revisedBy(), programme.revisedAt(), programme.version() + 1, events);
        if (!documents.save(next, LoyaltyProgramme.ID, programme.version(), events)) {
            throw new ProgrammeChangedMeanwhile();
        }
    }
}
