package org.atelier.claims.claim;

/** Where a claim is: FILED → SCHEDULED → HEARD → UPHELD / PARTIALLY_UPHELD / REJECTED, or WITHDRAWN before the hearing. */
public enum ClaimStatus {
    FILED, SCHEDULED, HEARD, UPHELD, PARTIALLY_UPHELD, REJECTED, WITHDRAWN
}
