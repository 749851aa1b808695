package org.atelier.reporting.matrix;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign in the list of campaigns, and at the head of its report.
 *
 * @param invited   people invited at the opening
 * @param responses responses received (each once, however often it was delivered)
 */
public record CampaignSummary(String campaignId, String title, Campaign.State state, Instant openedAt, LocalDate endsOn, Instant closedAt,
                              String closedBy, int invited, int responses) {

    public static CampaignSummary of(Campaign campaign, int responses) {
        return new CampaignSummary(campaign.campaignId(), campaign.title(), campaign.state(), campaign.openedAt(), campaign.endsOn(),
                campaign.closing().map(Campaign.Closing::closedAt).orElse(null),
                campaign.closing().map(Campaign.Closing::closedBy).orElse(null), campaign.invited(), responses);
    }
}
