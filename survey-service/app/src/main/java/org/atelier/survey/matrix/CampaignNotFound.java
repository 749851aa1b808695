package org.atelier.survey.matrix;

public class CampaignNotFound extends RuntimeException {

    public CampaignNotFound(String campaignId) {
        super("No matrix campaign " + campaignId);
    }
}
