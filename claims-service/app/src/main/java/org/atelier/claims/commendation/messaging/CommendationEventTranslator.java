package org.atelier.claims.commendation.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.CommendationEvent;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.events.CommendationDecidedV1;
import org.atelier.claims.events.CommendationFiledV1;
import org.atelier.claims.bonus.messaging.LedgerEventTranslator;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** A commendation act's events as published, keyed by its id. */
public class CommendationEventTranslator {

    private final JsonMapper json;
    private final String topic;
    private final LedgerEventTranslator ledger;

    public CommendationEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
        this.ledger = new LedgerEventTranslator(json, topic);
    }

    /** A decision comes with its ledger entries' events after it. */
    public List<OutboxMessage> toOutbox(CommendationEvent event, Instant now) {
        Commendation c = event.commendation();
        Commendation.Petition p = c.petition();
        if (event instanceof CommendationEvent.Filed) {
            return List.of(OutboxMessage.of(EventMetadata.newEvent(ClaimsEvents.COMMENDATION_FILED_V1, c.id(), c.filedAt()), topic,
                    json.writeValueAsString(new CommendationFiledV1(c.id(), p.petitioningDepartment(), p.commendedDepartment(), p.help(),
                            p.proposedReward().currency().getCurrencyCode(), p.proposedReward().minorUnits(), p.recognition(), c.filedBy(),
                            c.filedAt())), now));
        }
        Commendation.Decision d = c.decision().orElseThrow();
        List<OutboxMessage> messages = new ArrayList<>();
        messages.add(OutboxMessage.of(EventMetadata.newEvent(ClaimsEvents.COMMENDATION_DECIDED_V1, c.id(), d.decidedAt()), topic,
                json.writeValueAsString(new CommendationDecidedV1(c.id(), d.meetingId(), p.petitioningDepartment(), p.commendedDepartment(),
                        d.outcome().name(), d.granted().currency().getCurrencyCode(), d.granted().minorUnits(), d.decidedBy(), d.decidedAt())), now));
        messages.addAll(ledger.toOutbox(d.ledger(), now));
        return messages;
    }
}
