package org.atelier.reporting.access;

import org.atelier.security.NotAllowed;

/**
 * A department head asked for another department's figures: a list behind another department's number, or a report
 * narrowed to another department. They read the company-wide figures and their own department's, not a colleague's.
 */
public class NotTheirDepartment extends NotAllowed {

    public NotTheirDepartment(String message) {
        super(message);
    }
}
