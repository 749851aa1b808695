package org.atelier.loyalty.plan;

import org.atelier.loyalty.common.RuleViolation;

/**
 * Results are replaced only by someone who says which revision they replace: recording a year again without it
 * (or naming an older revision, because someone else corrected them meanwhile) would silently overwrite facts the
 * annual bonus depends on. A rule violation against {@code replacesRevision}, so a form shows it; the API answers
 * 409 naming the current revision.
 */
public class ResultsAlreadyRecorded extends RuleViolation {

    private final transient ResultsRevision current;

    public ResultsAlreadyRecorded(int year, ResultsRevision current) {
        super("replacesRevision", "resultsAlreadyRecorded",
                "The results of {0} are recorded (revision {1}, by {2}); confirm that you replace revision {1} to record them again",
                String.valueOf(year), String.valueOf(current.revision()), current.recordedBy() == null ? "finance" : current.recordedBy());
        this.current = current;
    }

    public ResultsRevision current() {
        return current;
    }
}
