package org.atelier.reporting.dashboard.application;

import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import java.util.Optional;
import org.atelier.reporting.dashboard.Overview;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.security.CurrentUser;

/** The overview of a year from the reports themselves (each checks who may read it). */
public class BuildingOverview {

    private final BuildingChurnReport churn;
    private final BuildingExitInterviewReport interviews;
    private final BuildingClaimOutcomesReport claims;
    private final BuildingPoolReport pool;
    private final BuildingMatrixReport matrix;

    public BuildingOverview(BuildingChurnReport churn, BuildingExitInterviewReport interviews, BuildingClaimOutcomesReport claims,
                            BuildingPoolReport pool, BuildingMatrixReport matrix) {
        this.churn = churn;
        this.interviews = interviews;
        this.claims = claims;
        this.pool = pool;
        this.matrix = matrix;
    }

    public Overview ofYear(CurrentUser caller, int year) {
        return Overview.of(year,
                churn.forPeriod(caller, ChurnPeriod.year(year)), churn.forPeriod(caller, ChurnPeriod.year(year - 1)),
                interviews.forYear(caller, year), interviews.forYear(caller, year - 1),
                claims.forYear(caller, year), claims.forYear(caller, year - 1),
                pool.forYear(caller, year),
                matrix.campaigns(caller).stream().findFirst()
                        .map(latest -> matrix.forCampaign(caller, latest.campaignId(), Optional.empty())));
    }
}
