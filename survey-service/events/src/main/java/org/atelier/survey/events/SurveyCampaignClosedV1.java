package org.atelier.survey.events;

import java.time.Instant;
import java.util.List;

/**
 * A campaign closed and takes no more responses. Payload of {@code org.atelier.survey.SurveyCampaignClosed.v1}.
 *
 * @param closedBy {@code HAND} (management closed it) or {@code END_DATE} (its last day passed)
 * @param groups   invited and submitted per level × department
 */
public record SurveyCampaignClosedV1(String campaignId, String closedBy, int invited, int submitted, List<Group> groups, Instant closedAt) {

    public record Group(String level, String department, int invited, int submitted) {
    }
}
