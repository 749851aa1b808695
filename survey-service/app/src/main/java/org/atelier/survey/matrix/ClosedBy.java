package org.atelier.survey.matrix;

/** How a campaign came to close. */
public enum ClosedBy {
    /** Management closed it. */
    HAND,
    /** Its end date passed. */
    END_DATE
}
