package org.atelier.reporting.dashboard.application;

import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.dashboard.Scorecard;
import org.atelier.reporting.dashboard.ScorecardPermissions;
import org.atelier.security.CurrentUser;

/** A department's scorecard of a year, from the company-wide reports. */
public class BuildingScorecard {

    private final BuildingChurnReport churn;
    private final BuildingExitInterviewReport interviews;
    private final BuildingClaimOutcomesReport claims;

    public BuildingScorecard(BuildingChurnReport churn, BuildingExitInterviewReport interviews, BuildingClaimOutcomesReport claims) {
        this.churn = churn;
        this.interviews = interviews;
        this.claims = claims;
    }

    public Scorecard of(CurrentUser caller, String department, int year) {
        ScorecardPermissions.checkMayRead(caller, department);
        return Scorecard.of(department, year, churn.forPeriod(caller, ChurnPeriod.year(year)),
                churn.forPeriod(caller, ChurnPeriod.year(year - 1)), interviews.forYear(caller, year), claims.forYear(caller, year));
    }
}
