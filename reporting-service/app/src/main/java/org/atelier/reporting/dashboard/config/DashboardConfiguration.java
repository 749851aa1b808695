package org.atelier.reporting.dashboard.config;

import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.dashboard.application.BuildingOverview;
import org.atelier.reporting.dashboard.application.BuildingScorecard;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the management dashboards: pages over the reports' own use cases, no read model of their own. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    BuildingOverview buildingOverview(BuildingChurnReport churn, BuildingExitInterviewReport interviews,
                                      BuildingClaimOutcomesReport claims, BuildingPoolReport pool, BuildingMatrixReport matrix) {
        return new BuildingOverview(churn, interviews, claims, pool, matrix);
    }

    @Bean
    BuildingScorecard buildingScorecard(BuildingChurnReport churn, BuildingExitInterviewReport interviews,
                                        BuildingClaimOutcomesReport claims) {
        return new BuildingScorecard(churn, interviews, claims);
    }
}
