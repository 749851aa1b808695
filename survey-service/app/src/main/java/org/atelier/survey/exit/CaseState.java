package org.atelier.survey.exit;

/** Where a case stands; every state but {@link #OPEN} is final. */
public enum CaseState {
    OPEN,
    COMPLETED,
    DECLINED,
    UNREACHABLE,
    /** The customer bought again while the case was open: there is nobody to interview as a former customer. */
    REGAINED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
