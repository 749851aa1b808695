package org.atelier.reporting.churn.application;

import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import java.util.Comparator;
import java.util.List;
import org.atelier.reporting.churn.LossFilter;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.security.CurrentUser;

public class BuildingChurnReport {

    private final LostCustomers lostCustomers;

    public BuildingChurnReport(LostCustomers lostCustomers) {
        this.lostCustomers = lostCustomers;
    }

    public ChurnReport forPeriod(CurrentUser caller, ChurnPeriod period) {
        ReportPermissions.checkMayReadReports(caller);
        ReportPermissions.checkMayNarrowTo(caller, period.departmentAtFault());
        ChurnReport report = ChurnReport.of(period, lostCustomers.ofYear(period.year()));
        return ReportPermissions.ownDepartmentOnly(caller).map(report::ofDepartmentOnly).orElse(report);
    }

    /** The losses behind a number of the report of this period: newest first, then by customer name. */
    public List<LostCustomer> losses(CurrentUser caller, ChurnPeriod period, LossFilter filter) {
        ReportPermissions.checkMayReadReports(caller);
        ReportPermissions.checkMayNarrowTo(caller, period.departmentAtFault());
        ReportPermissions.checkMayNarrowTo(caller, java.util.Optional.ofNullable(filter.departmentAtFault()));
        return lostCustomers.ofYear(period.year()).stream().filter(period::includes).filter(filter::matches)
                .sorted(Comparator.comparing(LostCustomer::lostOn).reversed()
                        .thenComparing(loss -> loss.customerName() == null ? "" : loss.customerName()))
                .toList();
    }
}
