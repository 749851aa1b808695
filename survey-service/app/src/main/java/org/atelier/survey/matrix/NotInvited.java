package org.atelier.survey.matrix;

/** The caller was not among the people invited when the campaign opened. */
public class NotInvited extends RuntimeException {

    public NotInvited(String campaignId) {
        super("You are not invited to the matrix campaign " + campaignId);
    }
}
