package org.atelier.claims.events;

import java.util.List;
import org.atelier.events.envelope.EventType;

/** What claims-service publishes, and where. */
public final class ClaimsEvents {

    /**
     * Every claims event goes to this topic, keyed by its aggregate's id (claim, commendation, meeting; the year for
     * the bonus policy; the regulation's code; a ledger entry by the claim or commendation decided), so one aggregate's
     * events stay in order.
     */
    public static final String TOPIC = "atelier.claims.events";
    public static final String SERVICE = "claims";

    public static final EventType CLAIM_FILED_V1 = new EventType(SERVICE, "ClaimFiled", 1);
    public static final EventType CLAIM_POSITION_RECORDED_V1 = new EventType(SERVICE, "ClaimPositionRecorded", 1);
    public static final EventType CLAIM_SCHEDULED_V1 = new EventType(SERVICE, "ClaimScheduled", 1);
    public static final EventType CLAIM_WITHDRAWN_V1 = new EventType(SERVICE, "ClaimWithdrawn", 1);
    public static final EventType CLAIM_DECIDED_V1 = new EventType(SERVICE, "ClaimDecided", 1);
    public static final EventType MEETING_PLANNED_V1 = new EventType(SERVICE, "MeetingPlanned", 1);
    public static final EventType MEETING_HELD_V1 = new EventType(SERVICE, "MeetingHeld", 1);
    public static final EventType COMMENDATION_FILED_V1 = new EventType(SERVICE, "CommendationFiled", 1);
    public static final EventType COMMENDATION_DECIDED_V1 = new EventType(SERVICE, "CommendationDecided", 1);
    public static final EventType BONUS_POLICY_SET_V1 = new EventType(SERVICE, "BonusPolicySet", 1);
    /** Keyed by the claim or commendation decided, like its decision. */
    public static final EventType BONUS_LEDGER_ENTRY_POSTED_V1 = new EventType(SERVICE, "BonusLedgerEntryPosted", 1);
    /** Keyed by the regulation's code. */
    public static final EventType REGULATION_PUBLISHED_V1 = new EventType(SERVICE, "RegulationPublished", 1);

    public static final List<EventType> ALL = List.of(CLAIM_FILED_V1, CLAIM_POSITION_RECORDED_V1, CLAIM_SCHEDULED_V1,
            CLAIM_WITHDRAWN_V1, CLAIM_DECIDED_V1, MEETING_PLANNED_V1, MEETING_HELD_V1, COMMENDATION_FILED_V1, COMMENDATION_DECIDED_V1,
            BONUS_POLICY_SET_V1, BONUS_LEDGER_ENTRY_POSTED_V1, REGULATION_PUBLISHED_V1);

    private ClaimsEvents() {
    }

    /** Classpath location of an event's JSON Schema, the source of truth for its payload. */
    public static String schemaResource(EventType type) {
        return "schemas/" + SERVICE + "/" + type.schemaFileName();
    }

    /** Classpath location of an event's golden sample message (key, headers and payload). */
    public static String sampleResource(EventType type) {
        return "samples/" + SERVICE + "/" + type.schemaFileName();
    }
}
