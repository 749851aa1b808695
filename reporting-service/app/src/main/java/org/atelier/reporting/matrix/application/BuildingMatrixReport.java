package org.atelier.reporting.matrix.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.CampaignSummary;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.MatrixHistory;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.MatrixRounds;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.matrix.UnknownCampaign;
import org.atelier.security.CurrentUser;

public class BuildingMatrixReport {

    private final MatrixFacts facts;
    private final MatrixRounds rounds;
    private final MatrixRules rules;

    public BuildingMatrixReport(MatrixFacts facts, MatrixRules rules) {
        this.facts = facts;
        this.rounds = new MatrixRounds(facts);
        this.rules = rules;
    }

    /** Every campaign, the latest opened first. */
    public List<CampaignSummary> campaigns(CurrentUser caller) {
        ReportPermissions.checkMayReadReports(caller);
        Map<String, Integer> responses = MatrixHistory.responseCounts(facts.responseRefs());
        return rounds.history().campaigns().stream()
                .sorted(Comparator.comparing(Campaign::openedAt).thenComparing(Campaign::campaignId).reversed())
                .map(campaign -> CampaignSummary.of(campaign, responses.getOrDefault(campaign.campaignId(), 0))).toList();
    }

    public MatrixReport forCampaign(CurrentUser caller, String campaignId, Optional<Level> level) {
        ReportPermissions.checkMayReadReports(caller);
        MatrixHistory history = rounds.history();
        Campaign campaign = history.campaign(campaignId).orElseThrow(() -> new UnknownCampaign(campaignId));
        return MatrixReport.of(rounds.round(campaign), history.previous(campaign).map(rounds::round), level, rules);
    }
}
