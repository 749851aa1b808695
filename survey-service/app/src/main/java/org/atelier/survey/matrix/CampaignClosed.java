package org.atelier.survey.matrix;

/** The campaign is closed (or past its end date): it takes no more answers. */
public class CampaignClosed extends RuntimeException {

    public CampaignClosed(String campaignId) {
        super("The matrix campaign " + campaignId + " is closed");
    }
}
