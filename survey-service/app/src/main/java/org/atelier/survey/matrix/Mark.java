package org.atelier.survey.matrix;

/**
 * What a respondent says a department does on a task. An empty cell is no mark at all (the value <i>none</i> of the
 * coverage analysis), so it has no constant here. Russian pages show these as «У» and «О».
 */
public enum Mark {
    /** Participates in the task. */
    P,
    /** Responsible for preparing the decision: the task's owner. */
    R
}
