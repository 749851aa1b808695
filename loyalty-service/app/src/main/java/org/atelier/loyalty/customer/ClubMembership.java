package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The customer's comings and goings in the loyal-customers' club, the last one telling whether it is a member. */
final class ClubMembership {

    private final List<ClubMembershipChange> history;

    ClubMembership(List<ClubMembershipChange> history) {
        this.history = new ArrayList<>(history);
    }

    /** @throws org.atelier.loyalty.common.RuleViolation when {@link ClubAdmissionPolicy} refuses the change */
    void change(boolean member, String changedBy, CustomerStatus status, Instant now) {
        ClubAdmissionPolicy.check(member, isMember(), status).ifPresent(Policy::refuse);
        history.add(new ClubMembershipChange(member, changedBy, now));
    }

    boolean isMember() {
        return !history.isEmpty() && history.get(history.size() - 1).member();
    }

    List<ClubMembershipChange> history() {
        return List.copyOf(history);
    }
}
