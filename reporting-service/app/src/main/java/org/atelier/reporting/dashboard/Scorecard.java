package org.atelier.reporting.dashboard;

import java.util.Map;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.ExitInterviewReport;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;

/**
 * One department as its colleagues and its customers see it in a year: the losses that named it at fault, what the
 * customers themselves said in exit interviews, the claims it filed and received and how they ended, the commendations
 * it gave and received, and the money those decisions moved to and from it. Every figure is the one the company-wide
 * report shows for the department, so the two never disagree.
 *
 * @param lossesNamingIt        losses of the year (and last year) naming the department at fault in any reason
 * @param losses                all losses of the year, for the share
 * @param namedByCustomers      completed exit interviews of the year naming the department at fault
 * @param claims                its row of the claim outcomes, or {@code null} when it filed and received nothing
 */
public record Scorecard(String department, int year, Overview.Comparison lossesNamingIt, int losses, int namedByCustomers,
                        ClaimOutcomesReport.Department claims) implements Tabular {

    /** Its main table: the claims and commendations, a number a row. */
    @Override
    public ReportTable table() {
        return ScorecardTable.claims(this);
    }

    /** The money the decisions moved to and from it. */
    @Override
    public Map<String, ReportTable> tables() {
        return Map.of("money", ScorecardTable.adjustments(this));
    }

    public static Scorecard of(String department, int year, ChurnReport churn, ChurnReport churnLastYear,
                               ExitInterviewReport interviews, ClaimOutcomesReport claims) {
        Map<String, ExitInterviewReport.NamedBy> named = interviews.salesVsCustomer().departmentsAtFault();
        return new Scorecard(department, year,
                new Overview.Comparison(churn.byDepartmentAtFault().getOrDefault(department, 0),
                        churnLastYear.byDepartmentAtFault().getOrDefault(department, 0)),
                churn.lostCustomers(),
                named.containsKey(department) ? named.get(department).customers() : 0,
                claims.byDepartment().get(department));
    }

    /** Whether the department has anything on its card this year. */
    public boolean isEmpty() {
        return lossesNamingIt.now() == 0 && namedByCustomers == 0 && claims == null;
    }
}
