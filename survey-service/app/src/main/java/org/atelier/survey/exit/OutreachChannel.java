package org.atelier.survey.exit;

/** How an attempt to reach the former customer was made. */
public enum OutreachChannel {
    PHONE,
    EMAIL,
    MEETING,
    LETTER
}
