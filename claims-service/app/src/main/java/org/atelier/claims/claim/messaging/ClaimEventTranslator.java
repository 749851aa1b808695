package org.atelier.claims.claim.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimDecision;
import org.atelier.claims.claim.ClaimEvent;
import org.atelier.claims.events.ClaimDecidedV1;
import org.atelier.claims.events.ClaimFiledV1;
import org.atelier.claims.events.ClaimWithdrawnV1;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.events.ClaimPositionRecordedV1;
import org.atelier.claims.bonus.messaging.LedgerEventTranslator;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim's events as published: keyed by the claim id, so one claim's events stay in order. Its
 * {@code ClaimScheduled} is the meeting's to write (see {@code MeetingEventTranslator}).
 */
public class ClaimEventTranslator {

    private final JsonMapper json;
    private final String topic;
    private final LedgerEventTranslator ledger;

    public ClaimEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
        this.ledger = new LedgerEventTranslator(json, topic);
    }

    /** A decision comes with its ledger entries' events after it. */
    public List<OutboxMessage> toOutbox(ClaimEvent event, Instant now) {
        Claim claim = event.claim();
        Claim.Statement s = claim.statement();
        if (event instanceof ClaimEvent.Filed) {
            return List.of(message(ClaimsEvents.CLAIM_FILED_V1, claim, claim.filedAt(), new ClaimFiledV1(claim.id(),
                    s.claimantDepartment(), s.respondentDepartment(), s.regulationId(), s.regulationVersion(), s.whatHappened(), s.happenedOn(),
                    s.customerId(), s.contractReference(), s.customerConsequences(), s.planIndicator(),
                    s.claimedShortfall().currency().getCurrencyCode(), s.claimedShortfall().minorUnits(), s.planAdjustmentRequested(),
                    s.evidence().stream().map(e -> new ClaimFiledV1.Evidence(e.description(), e.link())).toList(), claim.filedBy(),
                    claim.filedAt()), now));
        }
        if (event instanceof ClaimEvent.PositionRecorded) {
            Claim.Position position = claim.position().orElseThrow();
            return List.of(message(ClaimsEvents.CLAIM_POSITION_RECORDED_V1, claim, position.recordedAt(), new ClaimPositionRecordedV1(
                    claim.id(), s.respondentDepartment(), position.text(), position.recordedBy(), position.recordedAt()), now));
        }
        if (event instanceof ClaimEvent.Withdrawn withdrawn) {
            return List.of(message(ClaimsEvents.CLAIM_WITHDRAWN_V1, claim, withdrawn.at(), new ClaimWithdrawnV1(
                    claim.id(), s.claimantDepartment(), withdrawn.reason(), withdrawn.by(), withdrawn.at()), now));
        }
        ClaimDecision d = claim.decision().orElseThrow();
        List<OutboxMessage> messages = new ArrayList<>();
        messages.add(message(ClaimsEvents.CLAIM_DECIDED_V1, claim, d.decidedAt(), new ClaimDecidedV1(claim.id(), d.meetingId(),
                s.claimantDepartment(), s.respondentDepartment(), s.customerId(), d.settlement().outcome().name(),
                s.claimedShortfall().currency().getCurrencyCode(), s.claimedShortfall().minorUnits(),
                d.settlement().recognisedShortfall().minorUnits(), d.settlement().deduction().minorUnits(),
                d.settlement().compensation().minorUnits(), d.settlement().poolShare().minorUnits(), s.planIndicator(), d.planAdjustment(),
                d.policy().year(), d.policy().deductionRatio(), d.policy().compensationRatio(), d.policy().redistributionRatio(),
                d.decidedBy(), d.decidedAt()), now));
        messages.addAll(ledger.toOutbox(d.ledger(), now));
        return messages;
    }

    private OutboxMessage message(EventType type, Claim claim, Instant occurredAt, Object payload, Instant now) {
        return OutboxMessage.of(EventMetadata.newEvent(type, claim.id(), occurredAt), topic, json.writeValueAsString(payload), now);
    }
}
