package org.atelier.claims.bonus.application;

import java.time.Clock;
import java.util.List;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.BonusPolicyPermissions;
import org.atelier.claims.common.NotFound;
import org.atelier.security.CurrentUser;

/** Setting and reading each year's bonus policy. */
public class SettingBonusPolicy {

    private final BonusPolicies policies;
    private final Clock clock;

    public SettingBonusPolicy(BonusPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public BonusPolicy set(CurrentUser caller, int year, int deductionRatio, int compensationRatio, int redistributionRatio) {
        BonusPolicyPermissions.checkMaySet(caller);
        BonusPolicy policy = new BonusPolicy(year, deductionRatio, compensationRatio, redistributionRatio, caller.username(), clock.instant());
        policies.save(policy);
        return policy;
    }

    /** The year's policy; the defaults when none was set. */
    public BonusPolicy of(CurrentUser caller, int year) {
        if (!BonusPolicyPermissions.maySee(caller)) {
            throw new NotFound("bonus policy of", String.valueOf(year));
        }
        return policies.of(year);
    }

    public List<BonusPolicy> all(CurrentUser caller) {
        return BonusPolicyPermissions.maySee(caller) ? policies.all() : List.of();
    }
}
