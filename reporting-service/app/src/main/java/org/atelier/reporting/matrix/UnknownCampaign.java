package org.atelier.reporting.matrix;

/** No campaign with that id has been opened, as far as the read model knows: the API answers 404. */
public class UnknownCampaign extends RuntimeException {

    public UnknownCampaign(String campaignId) {
        super("No matrix campaign " + campaignId);
    }
}
