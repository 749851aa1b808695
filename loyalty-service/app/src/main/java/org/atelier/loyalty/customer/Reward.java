package org.atelier.loyalty.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.atelier.loyalty.common.RuleViolation;

/**
 * A non-material reward: an invitation, a visit to the plant, a letter of thanks from the director.
 *
 * @param what      the reward
 * @param grantedOn the day the customer receives it
 * @param why       what it thanks the customer for
 */
public record Reward(String rewardId, String what, LocalDate grantedOn, String why, String grantedBy, Instant recordedAt) {

    public static final int MAX_WHAT_LENGTH = 200;
    public static final int MAX_WHY_LENGTH = 500;

    public Reward {
        Objects.requireNonNull(rewardId, "rewardId");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        what = required("reward", what, MAX_WHAT_LENGTH, "rewardWhatRequired", "Say what the reward is");
        why = required("reason", why, MAX_WHY_LENGTH, "rewardWhyRequired", "Say what the reward is for");
        if (grantedOn == null) {
            throw new RuleViolation("grantedOn", "rewardDateRequired", "Say when the customer receives the reward");
        }
    }

    private static String required(String field, String text, int maxLength, String code, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, code, whenMissing);
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", maxLength);
        }
        return stripped;
    }
}
