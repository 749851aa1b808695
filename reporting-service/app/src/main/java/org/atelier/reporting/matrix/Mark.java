package org.atelier.reporting.matrix;

/**
 * A respondent's value in one cell: responsible (R, «О»), participates (P, «У») or nothing. An empty cell is the
 * value {@link #NONE}, never a missing value. The declaration order is the tie order of a level's modal mark.
 */
public enum Mark {
    R, P, NONE;

    /** @return whether the department is <i>named</i> on the task (marked P or R) */
    public boolean names() {
        return this != NONE;
    }
}
