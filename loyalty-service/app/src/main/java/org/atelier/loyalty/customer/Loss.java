package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's departure to a competitor and why it happened.
 *
 * <p>Several reasons may apply, but exactly one is primary: the exit analysis counts the primary reason, so
 * "it was everything" is not an answer it accepts.
 */
public record Loss(String competitor, LocalDate lostOn, List<LossReason> reasons, String note, Instant recordedAt) {

    public static final int MAX_COMPETITOR_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = 2000;

    public Loss {
        if (competitor == null || competitor.isBlank()) {
            throw new RuleViolation("competitor", "competitorRequired", "Name the competitor the customer left for");
        }
        competitor = competitor.strip();
        if (competitor.length() > MAX_COMPETITOR_LENGTH) {
            throw new RuleViolation("competitor", "tooLong", "At most {0} characters", MAX_COMPETITOR_LENGTH);
        }
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new RuleViolation("reasons", "reasonRequired", "Give at least one reason");
        }
        long primaries = reasons.stream().filter(LossReason::primary).count();
        if (primaries != 1) {
            throw new RuleViolation("reasons", "onePrimary", "Exactly one reason must be primary, found {0}", primaries);
        }
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        for (LossReason reason : reasons) {
            if (!seen.add(reason.code())) {
                throw new RuleViolation("reasons", "reasonTwice", "Reason {0} is given twice", reason.code().name());
            }
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("note", "tooLong", "At most {0} characters", MAX_NOTE_LENGTH);
        }
    }

    public LossReason primaryReason() {
        return reasons.stream().filter(LossReason::primary).findFirst().orElseThrow();
    }
}
