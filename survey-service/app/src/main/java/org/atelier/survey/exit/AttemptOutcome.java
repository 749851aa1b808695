package org.atelier.survey.exit;

/** What came of an attempt to reach the former customer. */
public enum AttemptOutcome {
    NO_ANSWER,
    DECLINED,
    /** The customer agreed to talk later; the case stays open. */
    SCHEDULED,
    /** The interview took place; logged together with its questionnaire. */
    COMPLETED
}
