package org.atelier.survey.exit;

/**
 * The configurable rules of a case.
 *
 * @param unansweredAttemptsToClose after this many unanswered attempts the case closes as unreachable
 * @param daysToInterview           the interview is due this many days after the loss
 */
public record CasePolicy(int unansweredAttemptsToClose, int daysToInterview) {

    public static final CasePolicy DEFAULT = new CasePolicy(3, 30);

    public CasePolicy {
        if (unansweredAttemptsToClose < 1) {
            throw new IllegalArgumentException("A case needs at least one attempt before it closes as unreachable");
        }
        if (daysToInterview < 1) {
            throw new IllegalArgumentException("The interview is due at least one day after the loss");
        }
    }
}
