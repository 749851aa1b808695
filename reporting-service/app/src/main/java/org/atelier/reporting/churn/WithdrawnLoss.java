package org.atelier.reporting.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A loss that loyalty withdrew as recorded in error ({@code LossWithdrawn}): it cancels the customer's loss of that
 * date recorded before it, which then counts nowhere.
 */
public record WithdrawnLoss(String eventId, String customerId, LocalDate lostOn, Instant withdrawnAt) {

    public WithdrawnLoss {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
