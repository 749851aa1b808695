package org.atelier.survey.exit;

/** Someone changed the case since it was read; reading it again shows what they did. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String caseId) {
        super("The exit-interview case " + caseId + " was changed meanwhile; reload it and try again");
    }
}
