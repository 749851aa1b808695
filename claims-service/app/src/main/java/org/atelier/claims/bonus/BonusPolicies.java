package org.atelier.claims.bonus;

import java.util.List;
import java.util.Optional;

/** Each year's bonus policy, with its BonusPolicySet event in the same write. */
public interface BonusPolicies {

    Optional<BonusPolicy> find(int year);

    List<BonusPolicy> all();

    /** Stores the year's policy, replacing an earlier one. */
    void save(BonusPolicy policy);

    /** The year's policy, or the defaults when none was set. */
    default BonusPolicy of(int year) {
        return find(year).orElseGet(() -> BonusPolicy.defaults(year));
    }
}
