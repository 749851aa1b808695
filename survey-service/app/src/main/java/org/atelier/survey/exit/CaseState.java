package org.atelier.survey.exit;

/** Where a case stands; every state but {@link #OPEN} is final. */
public enum CaseState {
    OPEN,
    COMPLETED,
    DECLINED,
    UNREACHABLE,
    /** The customer bought again while the case was open: there is nobody to interview as a former customer. */
    REGAINED,
    /**
     * Loyalty withdrew the loss as recorded in error while the case was open: there was no loss, so nobody to
     * interview, and the case counts in no funnel.
     */
    WITHDRAWN;

    public boolean isOpen() {
        return this == OPEN;
    }
}
