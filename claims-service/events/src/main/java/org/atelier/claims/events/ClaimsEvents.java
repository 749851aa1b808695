package org.atelier.claims.events;

/** What claims-service publishes, and where. Its event types are added here as its features land. */
public final class ClaimsEvents {

    /** Every claims event goes to this topic, keyed by the aggregate id. */
    public static final String TOPIC = "atelier.claims.events";
    public static final String SERVICE = "claims";

    private ClaimsEvents() {
    }
}
