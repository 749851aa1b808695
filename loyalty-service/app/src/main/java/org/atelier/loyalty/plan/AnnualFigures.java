package org.atelier.loyalty.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atelier.loyalty.common.RuleViolation;

/**
 * A year's plan and results: what the company-wide annual bonus depends on. Finance sets the plan (it may
 * revise it until the results are in) and then records the results, which it may correct: each correction is a
 * new revision that names the one it replaces, and every revision is kept.
 */
public final class AnnualFigures {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final int year;
    private AnnualPlan plan;
    private final List<ResultsRevision> revisions;
    private final long version;
    private final List<AnnualFiguresEvent> newEvents = new ArrayList<>();

    private AnnualFigures(int year, AnnualPlan plan, List<ResultsRevision> revisions, long version) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "yearRange", "A year between {0} and {1}", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        this.year = year;
        this.plan = plan;
        this.revisions = new ArrayList<>(revisions);
        this.version = version;
    }

    public static AnnualFigures start(int year) {
        return new AnnualFigures(year, null, List.of(), 0);
    }

    /** @param revisions every recording of the results, oldest first; empty until they are recorded */
    public static AnnualFigures restore(int year, AnnualPlan plan, List<ResultsRevision> revisions, long version) {
        return new AnnualFigures(year, plan, revisions, version);
    }

    /** For figures stored before revisions were kept: their results become revision 1, by an unknown hand. */
    public static AnnualFigures restore(int year, AnnualPlan plan, AnnualResults results, long version) {
        return new AnnualFigures(year, plan, results == null ? List.of() : List.of(new ResultsRevision(1, results, null, null)), version);
    }

    /** @throws PlanFrozen once results are recorded: the plan is what they are measured against */
    public void setPlan(AnnualPlan newPlan, String setBy, Instant now) {
        if (!revisions.isEmpty()) {
            throw new PlanFrozen(year);
        }
        plan = newPlan;
        newEvents.add(new AnnualFiguresEvent.PlanSet(year, newPlan, setBy, now));
    }

    /** The first recording of the results; a second one is refused (see the other overload). */
    public ResultsRevision recordResults(AnnualResults newResults, String recordedBy, Instant now) {
        return recordResults(newResults, null, recordedBy, now);
    }

    /**
     * Records the results, or replaces them with a new revision; the earlier revisions are kept.
     *
     * @param replacesRevision the revision the person saw and means to replace; null for the first recording
     * @throws ResultsAlreadyRecorded when results are recorded and this does not name their current revision
     * @throws RuleViolation          without a plan, or in another currency than the plan's
     */
    public ResultsRevision recordResults(AnnualResults newResults, Integer replacesRevision, String recordedBy, Instant now) {
        if (plan == null) {
            throw new RuleViolation("year", "planFirst", "Set the plan for {0} before recording its results", String.valueOf(year));
        }
        if (!plan.revenue().currency().equals(newResults.revenue().currency())) {
            throw new RuleViolation("currency", "resultsCurrency", "The results must be in the plan''s currency, {0}", plan.revenue().currency().getCurrencyCode());
        }
        Optional<ResultsRevision> current = currentRevision();
        int replaced = current.map(ResultsRevision::revision).orElse(0);
        if (current.isPresent() && (replacesRevision == null || replacesRevision != replaced)) {
            throw new ResultsAlreadyRecorded(year, current.get());
        }
        ResultsRevision revision = new ResultsRevision(replaced + 1, newResults, recordedBy, now);
        revisions.add(revision);
        // The contract stays AnnualResultsRecorded: every revision publishes the year's results as they now are.
        newEvents.add(new AnnualFiguresEvent.ResultsRecorded(year, newResults, recordedBy, now));
        return revision;
    }

    /** The results in force: those of the latest revision. */
    public Optional<ResultsRevision> currentRevision() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    /** Every recording of the results, oldest first. */
    public List<ResultsRevision> revisions() {
        return List.copyOf(revisions);
    }

    public int year() {
        return year;
    }

    public Optional<AnnualPlan> plan() {
        return Optional.ofNullable(plan);
    }

    public Optional<AnnualResults> results() {
        return currentRevision().map(ResultsRevision::results);
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
