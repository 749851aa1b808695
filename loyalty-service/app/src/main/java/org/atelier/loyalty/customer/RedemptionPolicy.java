package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a customer may spend points: a lost customer is won back first, and nobody spends more than is
 * spendable that day. Answers a rejection, or nothing when the redemption is allowed.
 */
final class RedemptionPolicy {

    private RedemptionPolicy() {
    }

    static Optional<RuleViolation> check(long pointsToSpend, CustomerStatus status, long spendable, LocalDate today) {
        if (status == CustomerStatus.LOST) {
            return Optional.of(new RuleViolation("points", "lostCannotSpend", "A lost customer cannot spend points; win it back first"));
        }
        if (pointsToSpend > spendable) {
            return Optional.of(new RuleViolation("points", "notEnoughPoints", "Only {0} points can be spent on {1}", spendable,
                    today.toString()));
        }
        return Optional.empty();
    }
}
