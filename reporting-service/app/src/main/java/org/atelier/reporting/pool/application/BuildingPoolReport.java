package org.atelier.reporting.pool.application;

import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.pool.PoolFacts;
import org.atelier.reporting.pool.PoolReport;
import org.atelier.reporting.pool.PoolSettings;
import org.atelier.reporting.pool.WhatIf;
import org.atelier.security.CurrentUser;

public class BuildingPoolReport {

    /** The real figures and, when something was changed, the what-if beside them. */
    public record WithWhatIf(PoolReport actual, PoolReport whatIf) {
    }

    private final ReadModelPoolInputs inputs;

    public BuildingPoolReport(PoolFacts facts, ClaimFacts claims, PoolSettings settings) {
        this.inputs = new ReadModelPoolInputs(facts, claims, settings);
    }

    public PoolReport forYear(CurrentUser caller, int year) {
        ReportPermissions.checkMayReadReports(caller);
        return PoolReport.of(year, inputs);
    }

    public WithWhatIf whatIf(CurrentUser caller, int year, WhatIf change) {
        ReportPermissions.checkMayReadReports(caller);
        return new WithWhatIf(PoolReport.of(year, inputs), PoolReport.of(year, change.on(year, inputs)));
    }
}
