package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.Objects;

/** A loss recorded by mistake and withdrawn: it counts nowhere, but stays in the history with who withdrew it and why. */
public record WithdrawnLoss(Loss loss, String withdrawnBy, String reason, Instant withdrawnAt) {

    public static final int MAX_REASON_LENGTH = 500;

    public WithdrawnLoss {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        reason = CorrectionReason.required(reason, MAX_REASON_LENGTH);
    }
}
