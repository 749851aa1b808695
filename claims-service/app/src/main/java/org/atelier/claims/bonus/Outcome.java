package org.atelier.claims.bonus;

/** What management decides on a claim at the hearing. */
public enum Outcome {
    /** The whole claimed shortfall is recognised. */
    UPHELD,
    /** Part of it is recognised: 0 &lt; S &lt; the claimed shortfall. */
    PARTIALLY_UPHELD,
    /** Nothing is recognised and nothing moves. */
    REJECTED
}
