package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the customer has been given as a reward, and when. */
final class Rewards {

    private final List<Reward> granted;

    Rewards(List<Reward> granted) {
        this.granted = new ArrayList<>(granted);
    }

    /** @throws org.atelier.loyalty.common.RuleViolation when the reward is dated more than a year ahead */
    void grant(Reward reward, LocalDate today) {
        BusinessDatePolicy.grantedOn(reward, today).ifPresent(Policy::refuse);
        granted.add(reward);
    }

    List<Reward> all() {
        return List.copyOf(granted);
    }
}
