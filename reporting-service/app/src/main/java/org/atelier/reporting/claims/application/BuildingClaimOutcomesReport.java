package org.atelier.reporting.claims.application;

import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.security.CurrentUser;

public class BuildingClaimOutcomesReport {

    private final ClaimFacts facts;

    public BuildingClaimOutcomesReport(ClaimFacts facts) {
        this.facts = facts;
    }

    public ClaimOutcomesReport forYear(CurrentUser caller, int year) {
        ReportPermissions.checkMayReadReports(caller);
        ClaimOutcomesReport report = ClaimOutcomesReport.of(year, facts.ofItemsTouching(year));
        return ReportPermissions.ownDepartmentOnly(caller).map(report::ofDepartmentOnly).orElse(report);
    }
}
