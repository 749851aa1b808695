package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.util.Optional;

/**
 * Whether a customer may join or leave the loyal-customers' club: a change must change something, and a lost
 * customer is won back before it joins. Answers a rejection, or nothing when the change is allowed.
 */
final class ClubAdmissionPolicy {

    private ClubAdmissionPolicy() {
    }

    static Optional<RuleViolation> check(boolean member, boolean isMemberNow, CustomerStatus status) {
        if (member == isMemberNow) {
            return Optional.of(member ? new RuleViolation("member", "alreadyInClub", "The customer is already in the club")
                    : new RuleViolation("member", "notInClub", "The customer is not in the club"));
        }
        if (member && status == CustomerStatus.LOST) {
            return Optional.of(new RuleViolation("member", "lostCannotJoin", "A lost customer cannot join the club; win it back first"));
        }
        return Optional.empty();
    }
}
