package org.atelier.survey.matrix;

/** Someone changed the campaign since it was read (another response came in); trying again is safe. */
public class CampaignChanged extends RuntimeException {

    public CampaignChanged(String campaignId) {
        super("The matrix campaign " + campaignId + " was changed meanwhile; try again");
    }
}
