package org.atelier.claims.commendation;

/** FILED → SCHEDULED → HEARD → APPROVED / DECLINED, or WITHDRAWN before the hearing. */
public enum CommendationStatus {
    FILED, SCHEDULED, HEARD, APPROVED, DECLINED, WITHDRAWN
}
