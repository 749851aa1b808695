package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

/** Why a record was a mistake: a correction without one would leave the history unexplained. */
final class CorrectionReason {

    private CorrectionReason() {
    }

    static String required(String reason, int maxLength) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "correctionReasonRequired", "Say why the record was a mistake");
        }
        String stripped = reason.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolation("reason", "tooLong", "At most {0} characters", maxLength);
        }
        return stripped;
    }
}
