package org.atelier.reporting.dashboard.application;

import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.dashboard.Overview;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.security.CurrentUser;

/** The overview of a year from the reports themselves (each checks who may read it). */
public class BuildingOverview {

    private final BuildingChurnReport churn;
    private final BuildingExitInterviewReport interviews;
    private final BuildingClaimOutcomesReport claims;
    private final BuildingPoolReport pool;

    public BuildingOverview(BuildingChurnReport churn, BuildingExitInterviewReport interviews, BuildingClaimOutcomesReport claims,
                            BuildingPoolReport pool) {
        this.churn = churn;
        this.interviews = interviews;
        this.claims = claims;
        this.pool = pool;
    }

    public Overview ofYear(CurrentUser caller, int year) {
        return Overview.of(year,
                churn.forPeriod(caller, ChurnPeriod.year(year)), churn.forPeriod(caller, ChurnPeriod.year(year - 1)),
                interviews.forYear(caller, year), interviews.forYear(caller, year - 1),
                claims.forYear(caller, year), claims.forYear(caller, year - 1),
                pool.forYear(caller, year));
    }
}
