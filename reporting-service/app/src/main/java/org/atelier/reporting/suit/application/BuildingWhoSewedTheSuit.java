package org.atelier.reporting.suit.application;

import java.util.Optional;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.matrix.MatrixRounds;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.suit.WhoSewedTheSuitReport;
import org.atelier.security.CurrentUser;

/** Joins the churn read model's losses and interviews with the latest closed matrix campaign; keeps nothing of its own. */
public class BuildingWhoSewedTheSuit {

    private final LostCustomers lostCustomers;
    private final InterviewFacts interviews;
    private final MatrixRounds rounds;
    private final MatrixRules rules;

    public BuildingWhoSewedTheSuit(LostCustomers lostCustomers, InterviewFacts interviews, MatrixRounds rounds, MatrixRules rules) {
        this.lostCustomers = lostCustomers;
        this.interviews = interviews;
        this.rounds = rounds;
        this.rules = rules;
    }

    public WhoSewedTheSuitReport forPeriod(CurrentUser caller, int year, Optional<Integer> quarter) {
        ReportPermissions.checkMayReadReports(caller);
        return WhoSewedTheSuitReport.of(year, quarter, lostCustomers.ofYear(year), interviews.ofYear(year), rounds.latestClosed(), rules);
    }
}
