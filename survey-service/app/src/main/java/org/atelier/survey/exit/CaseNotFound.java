package org.atelier.survey.exit;

/** No such case, or none the caller may see (so ids of other people's cases reveal nothing). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseId) {
        super("No exit-interview case " + caseId);
    }
}
