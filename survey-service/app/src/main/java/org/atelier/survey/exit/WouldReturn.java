package org.atelier.survey.exit;

/** Whether the former customer would consider coming back. */
public enum WouldReturn {
    YES,
    MAYBE,
    NO
}
