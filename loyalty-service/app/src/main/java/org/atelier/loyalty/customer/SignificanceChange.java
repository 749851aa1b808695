package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.Instant;
import java.util.Objects;

/** One change of a customer's significance: who changed it, when and why. */
public record SignificanceChange(Significance from, Significance to, String changedBy, Instant changedAt, String reason) {

    public static final int MAX_REASON = 500;

    public SignificanceChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "significanceReasonRequired", "Say why the significance changes");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new RuleViolation("reason", "tooLong", "At most {0} characters", MAX_REASON);
        }
    }
}
