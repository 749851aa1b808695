package org.atelier.survey.matrix;

import java.util.List;
import java.util.Optional;

/** The campaigns, stored with their new events in one write. */
public interface MatrixCampaigns {

    Optional<MatrixCampaign> find(String campaignId);

    /**
     * Stores the campaign and its new events together.
     *
     * @throws CampaignChanged when the campaign was changed since it was read
     */
    void save(MatrixCampaign campaign);

    /** Every campaign, newest first. */
    List<MatrixCampaign> all();
}
