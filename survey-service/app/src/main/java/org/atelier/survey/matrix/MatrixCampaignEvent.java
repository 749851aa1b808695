package org.atelier.survey.matrix;

import java.time.Instant;
import java.util.List;

/** What happened to a campaign, in the domain's terms; messaging turns these into the published contract. */
public sealed interface MatrixCampaignEvent {

    String campaignId();

    Instant occurredAt();

    record Opened(String campaignId, Instant occurredAt) implements MatrixCampaignEvent {
    }

    /** Carries the response itself, never the respondent's key. */
    record Submitted(String campaignId, SubmittedResponse response, Instant occurredAt) implements MatrixCampaignEvent {
    }

    record Closed(String campaignId, ClosedBy closedBy, List<Progress> progress, Instant occurredAt) implements MatrixCampaignEvent {
    }
}
