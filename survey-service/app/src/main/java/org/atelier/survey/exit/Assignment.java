package org.atelier.survey.exit;

/**
 * Who works a case.
 *
 * @param assignee   username, or null when nobody could be found (management sees such cases in the exit round)
 * @param department the department whose head may work the case too: the assignee's, else the customer's managing one
 */
public record Assignment(String assignee, String department) {

    public static final Assignment NOBODY = new Assignment(null, null);
}
