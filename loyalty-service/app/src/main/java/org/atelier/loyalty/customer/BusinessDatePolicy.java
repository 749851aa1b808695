package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which business dates a change may carry, judged against the company's business day: what has happened cannot
 * lie in the future, and a reward is promised at most a year ahead. Each rule answers a rejection, or nothing
 * when the date is allowed.
 */
final class BusinessDatePolicy {

    private BusinessDatePolicy() {
    }

    static Optional<RuleViolation> cooperationSince(CustomerProfile profile, LocalDate today) {
        if (profile.cooperationSince() != null && profile.cooperationSince().isAfter(today)) {
            return Optional.of(new RuleViolation("cooperationSince", "cooperationInFuture", "Cooperation cannot start in the future"));
        }
        return Optional.empty();
    }

    static Optional<RuleViolation> lostOn(Loss loss, LocalDate today) {
        if (loss.lostOn().isAfter(today)) {
            return Optional.of(new RuleViolation("lostOn", "lossInFuture", "A loss cannot be dated in the future ({0})",
                    loss.lostOn().toString()));
        }
        return Optional.empty();
    }

    static Optional<RuleViolation> purchasedOn(Purchase purchase, LocalDate today) {
        if (purchase.date().isAfter(today)) {
            return Optional.of(new RuleViolation("date", "purchaseInFuture", "A purchase cannot be dated in the future ({0})",
                    purchase.date().toString()));
        }
        return Optional.empty();
    }

    static Optional<RuleViolation> grantedOn(Reward reward, LocalDate today) {
        if (reward.grantedOn().isAfter(today.plusYears(1))) {
            return Optional.of(new RuleViolation("grantedOn", "rewardTooFarAhead", "A reward is granted within a year from today"));
        }
        return Optional.empty();
    }
}
