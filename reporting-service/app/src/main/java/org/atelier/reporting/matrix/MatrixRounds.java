package org.atelier.reporting.matrix;

import java.util.Optional;

/** Reads a campaign together with its responses, each counted once, for the reports built on the matrix. */
public final class MatrixRounds {

    private final MatrixFacts facts;

    public MatrixRounds(MatrixFacts facts) {
        this.facts = facts;
    }

    public MatrixHistory history() {
        return MatrixHistory.of(facts.openings(), facts.closings());
    }

    public MatrixReport.Round round(Campaign campaign) {
        return new MatrixReport.Round(campaign, MatrixHistory.distinct(facts.responses(campaign.campaignId())));
    }

    /** The latest-opened of the closed campaigns, with its responses. */
    public Optional<MatrixReport.Round> latestClosed() {
        return history().latestClosed().map(this::round);
    }
}
