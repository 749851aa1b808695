package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * A purchase recorded by mistake, taken back: who did it, why and when, and what it did to the points. The purchase
 * stays in the history, marked by this, so the timeline shows both.
 *
 * @param pointsTakenBack    spendable points the reversal took off the balance
 * @param pointsNotRecovered points the purchase earned that were already spent or expired: they cannot be taken back,
 *                           and the balance never goes below zero (see docs/loyalty.md)
 */
public record PurchaseReversal(String purchaseId, String reversedBy, String reason, Instant reversedAt, long pointsTakenBack,
                               long pointsNotRecovered) {

    public static final int MAX_REASON_LENGTH = 500;

    public PurchaseReversal {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(reversedBy, "reversedBy");
        Objects.requireNonNull(reversedAt, "reversedAt");
        reason = CorrectionReason.required(reason, MAX_REASON_LENGTH);
        if (pointsTakenBack < 0 || pointsNotRecovered < 0) {
            throw new IllegalArgumentException("Points taken back and not recovered are counts");
        }
    }
}
