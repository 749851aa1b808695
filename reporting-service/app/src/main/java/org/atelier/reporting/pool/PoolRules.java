package org.atelier.reporting.pool;

import java.util.Objects;

/**
 * The rules of one year's pool: the gate rule and the share of the margin's growth that goes into the pool, each with
 * where it came from.
 *
 * @param marginGrowthShareBp basis points, 0..10 000 (default 1 000)
 */
public record PoolRules(GateRule gateRule, int marginGrowthShareBp, Source gateRuleFrom, Source marginGrowthShareFrom) {

    /** Where a rule of the year came from, so the report can say it. */
    public enum Source {
        /** finance's plan of the year ({@code AnnualPlanSet}) */
        PLAN,
        /** reporting's configuration ({@code atelier.pool.*}), for a year whose plan leaves the rule to the default */
        CONFIGURATION,
        /** changed by a what-if */
        WHAT_IF
    }

    public static final PoolRules DEFAULT = new PoolRules(GateRule.PLAN_OR_PREVIOUS_YEAR, 1_000);

    public PoolRules {
        Objects.requireNonNull(gateRule, "gateRule");
        Objects.requireNonNull(gateRuleFrom, "gateRuleFrom");
        Objects.requireNonNull(marginGrowthShareFrom, "marginGrowthShareFrom");
        if (marginGrowthShareBp < 0 || marginGrowthShareBp > 10_000) {
            throw new IllegalArgumentException("the margin growth share is 0 to 10 000 basis points");
        }
    }

    /** Configured rules. */
    public PoolRules(GateRule gateRule, int marginGrowthShareBp) {
        this(gateRule, marginGrowthShareBp, Source.CONFIGURATION, Source.CONFIGURATION);
    }

    /**
     * These (configured) rules with what the year's plan sets instead: each of the plan's rules wins on its own, and
     * one it leaves out stays as configured.
     */
    public PoolRules overriddenBy(AnnualFigures plan) {
        if (plan == null) {
            return this;
        }
        boolean ruleInPlan = plan.gateRule() != null;
        boolean shareInPlan = plan.marginGrowthShareBp() != null;
        return new PoolRules(ruleInPlan ? plan.gateRule() : gateRule, shareInPlan ? plan.marginGrowthShareBp() : marginGrowthShareBp,
                ruleInPlan ? Source.PLAN : gateRuleFrom, shareInPlan ? Source.PLAN : marginGrowthShareFrom);
    }
}
