package org.atelier.reporting.claims.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.reporting.access.NotTheirDepartment;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.claims.ClaimList;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.claims.LostCustomerLoss;
import org.atelier.security.CurrentUser;

public class BuildingClaimOutcomesReport {

    private final ClaimFacts facts;
    private final LostCustomers lostCustomers;

    /** @param lostCustomers the churn read model, whose losses the upheld claims are linked to */
    public BuildingClaimOutcomesReport(ClaimFacts facts, LostCustomers lostCustomers) {
        this.facts = facts;
        this.lostCustomers = lostCustomers;
    }

    public ClaimOutcomesReport forYear(CurrentUser caller, int year) {
        ReportPermissions.checkMayReadReports(caller);
        List<ClaimFact> ofYear = facts.ofItemsTouching(year);
        // Only the customers the claims name are asked for, whatever the year of their loss.
        Set<String> customers = ofYear.stream().map(ClaimFact::customerId).filter(id -> id != null).collect(Collectors.toSet());
        List<LostCustomerLoss> losses = lostCustomers.ofCustomers(customers).stream()
                .map(loss -> new LostCustomerLoss(loss.customerId(), loss.customerName(), loss.lostOn())).toList();
        ClaimOutcomesReport report = ClaimOutcomesReport.of(year, ofYear, losses);
        return ReportPermissions.ownDepartmentOnly(caller).map(report::ofDepartmentOnly).orElse(report);
    }

    /**
     * The claims and commendation acts behind a number of the year's report ({@link ClaimList}). A department head sees
     * the numbers of their own department's row only, so they open those lists only.
     *
     * @param department the department whose number it is, or null for the company's totals
     */
    public List<ClaimList.Item> list(CurrentUser caller, int year, String count, String department) {
        ReportPermissions.checkMayReadReports(caller);
        ReportPermissions.ownDepartmentOnly(caller).ifPresent(own -> {
            if (!own.equals(department)) {
                throw new NotTheirDepartment("A department head opens the claims behind their own department's numbers only");
            }
        });
        return ClaimList.of(year, facts.ofItemsTouching(year), count, department);
    }
}
