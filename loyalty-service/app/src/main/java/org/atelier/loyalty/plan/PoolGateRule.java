package org.atelier.loyalty.plan;

/**
 * Against what the annual pool's indicators must pass (domain §6.3): the plan, the previous year, either of them (the
 * article's "and/or", the default) or both. Finance sets it with the year's plan; reporting applies it.
 */
public enum PoolGateRule {
    PLAN, PREVIOUS_YEAR, PLAN_OR_PREVIOUS_YEAR, PLAN_AND_PREVIOUS_YEAR
}
