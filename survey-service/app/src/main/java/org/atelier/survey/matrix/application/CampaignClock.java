package org.atelier.survey.matrix.application;

import org.atelier.calendar.CompanyCalendar;
import org.atelier.survey.matrix.CampaignChanged;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaigns;

/**
 * Closes a campaign past its last day the first time anybody uses it after that day, so no scheduler is needed: a
 * campaign nobody touches stays stored as open but behaves as closed, and is stored closed on the next request.
 */
final class CampaignClock {

    private CampaignClock() {
    }

    static MatrixCampaign closeIfEnded(MatrixCampaign campaign, MatrixCampaigns campaigns, CompanyCalendar calendar) {
        if (!campaign.closeIfEnded(calendar.today(), calendar.now())) {
            return campaign;
        }
        try {
            campaigns.save(campaign);
            return campaign;
        } catch (CampaignChanged someoneElseClosedIt) {
            return campaigns.find(campaign.id()).orElse(campaign);
        }
    }
}
