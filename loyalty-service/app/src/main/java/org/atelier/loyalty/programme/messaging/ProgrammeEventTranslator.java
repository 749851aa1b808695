package org.atelier.loyalty.programme.messaging;

import java.time.Instant;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.loyalty.events.LoyaltyProgrammeRevisedV1;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** Turns a revision of the programme into the published contract, ready for the outbox. */
public class ProgrammeEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public ProgrammeEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(LoyaltyProgramme.Revised revised, Instant now) {
        ProgrammeTerms terms = revised.terms();
        LoyaltyProgrammeRevisedV1 payload = new LoyaltyProgrammeRevisedV1(terms.currency().getCurrencyCode(), terms.accrualPoints(),
                terms.accrualStepMinorUnits(), terms.pointValueMinorUnits(), terms.pointsExpireAfterMonths(), terms.tierWindowMonths(),
                terms.tiers().stream().map(tier -> new LoyaltyProgrammeRevisedV1.Tier(tier.name(), tier.thresholdPoints(),
                        tier.discountPercent())).toList(),
                revised.revisedBy(), revised.revisedAt());
        EventMetadata metadata = EventMetadata.newEvent(LoyaltyEvents.LOYALTY_PROGRAMME_REVISED_V1, LoyaltyProgramme.ID, revised.revisedAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }
}
