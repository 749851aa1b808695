package org.atelier.survey.exit;

/** The case is no longer open: its outcome stands. */
public class CaseClosed extends RuntimeException {

    public CaseClosed(String caseId, CaseState state) {
        super("The exit-interview case " + caseId + " is closed (" + state + ")");
    }
}
