package org.atelier.reporting.pool;

import java.util.Objects;

/**
 * The rules of one year's pool: the gate rule and the share of the margin's growth that goes into the pool.
 *
 * @param marginGrowthShareBp basis points, 0..10 000 (default 1 000)
 */
public record PoolRules(GateRule gateRule, int marginGrowthShareBp) {

    public static final PoolRules DEFAULT = new PoolRules(GateRule.PLAN_OR_PREVIOUS_YEAR, 1_000);

    public PoolRules {
        Objects.requireNonNull(gateRule, "gateRule");
        if (marginGrowthShareBp < 0 || marginGrowthShareBp > 10_000) {
            throw new IllegalArgumentException("the margin growth share is 0 to 10 000 basis points");
        }
    }
}
