package org.atelier.loyalty.events;

import java.util.List;
import org.atelier.events.envelope.EventType;

/** What loyalty-service publishes, and where. */
public final class LoyaltyEvents {

    /** Every loyalty event goes to this topic, keyed by customer id (the year for annual figures, "loyalty-programme" for the programme), so one aggregate's events stay in order. */
    public static final String TOPIC = "atelier.loyalty.events";
    public static final String SERVICE = "loyalty";

    public static final EventType CUSTOMER_REGISTERED_V1 = new EventType(SERVICE, "CustomerRegistered", 1);
    public static final EventType CUSTOMER_LOST_V1 = new EventType(SERVICE, "CustomerLost", 1);
    public static final EventType CUSTOMER_PROFILE_CHANGED_V1 = new EventType(SERVICE, "CustomerProfileChanged", 1);
    public static final EventType CUSTOMER_SIGNIFICANCE_CHANGED_V1 = new EventType(SERVICE, "CustomerSignificanceChanged", 1);
    public static final EventType CLUB_MEMBERSHIP_CHANGED_V1 = new EventType(SERVICE, "ClubMembershipChanged", 1);
    public static final EventType PURCHASE_RECORDED_V1 = new EventType(SERVICE, "PurchaseRecorded", 1);
    public static final EventType CUSTOMER_REGAINED_V1 = new EventType(SERVICE, "CustomerRegained", 1);
    public static final EventType CUSTOMER_BECAME_LOYAL_V1 = new EventType(SERVICE, "CustomerBecameLoyal", 1);
    public static final EventType CUSTOMER_LOYALTY_LAPSED_V1 = new EventType(SERVICE, "CustomerLoyaltyLapsed", 1);
    public static final EventType PURCHASE_REVERSED_V1 = new EventType(SERVICE, "PurchaseReversed", 1);
    public static final EventType LOSS_WITHDRAWN_V1 = new EventType(SERVICE, "LossWithdrawn", 1);

    public static final EventType POINTS_ACCRUED_V1 = new EventType(SERVICE, "PointsAccrued", 1);
    public static final EventType POINTS_REDEEMED_V1 = new EventType(SERVICE, "PointsRedeemed", 1);
    public static final EventType REWARD_GRANTED_V1 = new EventType(SERVICE, "RewardGranted", 1);
    public static final EventType LOYALTY_PROGRAMME_REVISED_V1 = new EventType(SERVICE, "LoyaltyProgrammeRevised", 1);

    public static final EventType ANNUAL_PLAN_SET_V1 = new EventType(SERVICE, "AnnualPlanSet", 1);
    public static final EventType ANNUAL_RESULTS_RECORDED_V1 = new EventType(SERVICE, "AnnualResultsRecorded", 1);

    public static final List<EventType> ALL = List.of(CUSTOMER_REGISTERED_V1, CUSTOMER_PROFILE_CHANGED_V1, CUSTOMER_SIGNIFICANCE_CHANGED_V1, CUSTOMER_LOST_V1, PURCHASE_RECORDED_V1,
            CLUB_MEMBERSHIP_CHANGED_V1,
            CUSTOMER_REGAINED_V1, CUSTOMER_BECAME_LOYAL_V1, CUSTOMER_LOYALTY_LAPSED_V1, POINTS_ACCRUED_V1, POINTS_REDEEMED_V1, REWARD_GRANTED_V1, LOYALTY_PROGRAMME_REVISED_V1,
            ANNUAL_PLAN_SET_V1, ANNUAL_RESULTS_RECORDED_V1, PURCHASE_REVERSED_V1, LOSS_WITHDRAWN_V1);

    private LoyaltyEvents() {
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
