package org.atelier.reporting.churn.application;

import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.churn.ReportPermissions;
import org.atelier.security.CurrentUser;

public class BuildingChurnReport {

    private final LostCustomers lostCustomers;

    public BuildingChurnReport(LostCustomers lostCustomers) {
        this.lostCustomers = lostCustomers;
    }

    public ChurnReport forPeriod(CurrentUser caller, ChurnPeriod period) {
        ReportPermissions.checkMayReadReports(caller);
        return ChurnReport.of(period, lostCustomers.ofYear(period.year()));
    }
}
