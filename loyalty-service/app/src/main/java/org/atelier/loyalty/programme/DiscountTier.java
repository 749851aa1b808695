package org.atelier.loyalty.programme;

import org.atelier.loyalty.common.RuleViolation;

/**
 * A step of the bonus-discount scale: a customer whose tier points reach the threshold gets the discount.
 *
 * @param thresholdPoints tier points needed, counted over the programme's tier window
 * @param discountPercent whole percent off the price, 0 to 100
 */
public record DiscountTier(String name, long thresholdPoints, int discountPercent) {

    public static final int MAX_NAME_LENGTH = 50;

    public DiscountTier {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("tiers", "tierNameRequired", "Every discount tier needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("tiers", "tooLong", "At most {0} characters", MAX_NAME_LENGTH);
        }
        if (thresholdPoints < 0) {
            throw new RuleViolation("tiers", "tierThresholdNegative", "Tier ''{0}'': the threshold cannot be negative", name);
        }
        if (discountPercent < 0 || discountPercent > 100) {
            throw new RuleViolation("tiers", "tierDiscountRange", "Tier ''{0}'': the discount is a percentage from 0 to 100", name);
        }
    }
}
