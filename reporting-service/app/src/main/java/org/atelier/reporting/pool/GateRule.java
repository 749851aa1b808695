package org.atelier.reporting.pool;

/** Against what an indicator of the annual pool's gate must pass (domain §6.3); the article's "and/or" is the default. */
public enum GateRule {
    PLAN, PREVIOUS_YEAR, PLAN_OR_PREVIOUS_YEAR, PLAN_AND_PREVIOUS_YEAR;

    boolean passes(boolean againstPlan, boolean againstPreviousYear) {
        return switch (this) {
            case PLAN -> againstPlan;
            case PREVIOUS_YEAR -> againstPreviousYear;
            case PLAN_OR_PREVIOUS_YEAR -> againstPlan || againstPreviousYear;
            case PLAN_AND_PREVIOUS_YEAR -> againstPlan && againstPreviousYear;
        };
    }
}
