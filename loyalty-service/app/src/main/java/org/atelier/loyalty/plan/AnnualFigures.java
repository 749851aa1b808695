package org.atelier.loyalty.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atelier.loyalty.common.RuleViolation;

/**
 * A year's plan and results: what the company-wide annual bonus depends on. Finance sets the plan (it may
 * revise it until the results are in) and then records the results (which it may correct).
 */
public final class AnnualFigures {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final int year;
    private AnnualPlan plan;
    private AnnualResults results;
    private final long version;
    private final List<AnnualFiguresEvent> newEvents = new ArrayList<>();

    private AnnualFigures(int year, AnnualPlan plan, AnnualResults results, long version) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "yearRange", "A year between {0} and {1}", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        this.year = year;
        this.plan = plan;
        this.results = results;
        this.version = version;
    }

    public static AnnualFigures start(int year) {
        return new AnnualFigures(year, null, null, 0);
    }

    public static AnnualFigures restore(int year, AnnualPlan plan, AnnualResults results, long version) {
        return new AnnualFigures(year, plan, results, version);
    }

    /** @throws PlanFrozen once results are recorded: the plan is what they are measured against */
    public void setPlan(AnnualPlan newPlan, String setBy, Instant now) {
        if (results != null) {
            throw new PlanFrozen(year);
        }
        plan = newPlan;
        newEvents.add(new AnnualFiguresEvent.PlanSet(year, newPlan, setBy, now));
    }

    /** @throws RuleViolation without a plan, or in another currency than the plan's */
    public void recordResults(AnnualResults newResults, String recordedBy, Instant now) {
        if (plan == null) {
            throw new RuleViolation("year", "planFirst", "Set the plan for {0} before recording its results", String.valueOf(year));
        }
        if (!plan.revenue().currency().equals(newResults.revenue().currency())) {
            throw new RuleViolation("currency", "resultsCurrency", "The results must be in the plan''s currency, {0}", plan.revenue().currency().getCurrencyCode());
        }
        results = newResults;
        newEvents.add(new AnnualFiguresEvent.ResultsRecorded(year, newResults, recordedBy, now));
    }

    public int year() {
        return year;
    }

    public Optional<AnnualPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public Optional<AnnualResults> results() {
        return Optional.ofNullable(results);
    }

    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
    }

    public List<AnnualFiguresEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    /** Results are the year's facts; the plan they are measured against may no longer change. */
    public static class PlanFrozen extends RuntimeException {
        public PlanFrozen(int year) {
            super("The results of " + year + " are recorded; its plan can no longer change");
        }
    }
}
