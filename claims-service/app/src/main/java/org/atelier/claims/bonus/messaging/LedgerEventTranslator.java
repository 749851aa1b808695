package org.atelier.claims.bonus.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.claims.bonus.LedgerEntry;
import org.atelier.claims.events.BonusLedgerEntryPostedV1;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decision's ledger entries as published: one BonusLedgerEntryPosted per entry, keyed by the claim or commendation
 * decided, so they follow its ClaimDecided or CommendationDecided on the same partition.
 */
public class LedgerEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public LedgerEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public List<OutboxMessage> toOutbox(BonusDecision decision, Instant now) {
        List<OutboxMessage> messages = new ArrayList<>();
        List<LedgerEntry> entries = decision.entries();
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            BonusLedgerEntryPostedV1 payload = new BonusLedgerEntryPostedV1(decision.decisionId(), decision.reverses(),
                    decision.subject().kind().name(), decision.subject().id(), decision.meetingId(), decision.period().getYear(),
                    decision.period().getMonthValue(), entry.kind().name(), entry.account(), entry.amount().currency().getCurrencyCode(),
                    entry.amount().minorUnits(), i, entries.size(), decision.decidedBy(), decision.decidedAt());
            messages.add(OutboxMessage.of(EventMetadata.newEvent(ClaimsEvents.BONUS_LEDGER_ENTRY_POSTED_V1, decision.subject().id(),
                    decision.decidedAt()), topic, json.writeValueAsString(payload), now));
        }
        return messages;
    }
}
