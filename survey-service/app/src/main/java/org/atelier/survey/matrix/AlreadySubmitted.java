package org.atelier.survey.matrix;

/** The respondent has submitted their response to this campaign; it stands as submitted. */
public class AlreadySubmitted extends RuntimeException {

    public AlreadySubmitted(String campaignId) {
        super("A response to the matrix campaign " + campaignId + " has been submitted already; it cannot change");
    }
}
