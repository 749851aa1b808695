package org.atelier.reporting.churn.application;

import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.LostCustomers;

public class BuildingChurnReport {

    private final LostCustomers lostCustomers;

    public BuildingChurnReport(LostCustomers lostCustomers) {
        this.lostCustomers = lostCustomers;
    }

    public ChurnReport forYear(int year) {
        return ChurnReport.of(year, lostCustomers.ofYear(year));
    }
}
