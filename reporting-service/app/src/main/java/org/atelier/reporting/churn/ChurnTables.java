package org.atelier.reporting.churn;

import static org.atelier.reporting.table.ReportTable.Cell.basisPoints;
import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/** The churn reports' main tables, as CSV returns them. */
final class ChurnTables {

    private ChurnTables() {
    }

    /** Churn: one row per reason of the taxonomy, the losses with it as their primary reason and those naming it at all. */
    static ReportTable byReason(ChurnReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("reason", "Reason", "Причина", Type.TEXT)
                .column("asPrimary", "Losses with it as the primary reason", "Потери, основная причина", Type.INTEGER)
                .column("namingIt", "Losses naming it", "Потери, где она названа", Type.INTEGER);
        report.byPrimaryReason().forEach((reason, asPrimary) ->
                table.row(text(reason), integer(asPrimary), integer(report.byReason().getOrDefault(reason, 0))));
        return table.build();
    }

    /** Exit interviews: sales' reasons beside the customers', one row per reason. */
    static ReportTable salesVsCustomer(ExitInterviewReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("reason", "Reason", "Причина", Type.TEXT)
                .column("bySales", "Losses with it as the primary reason (sales)", "Потери, основная причина (продажи)", Type.INTEGER)
                .column("bySalesBp", "Share among the losses, bp", "Доля среди потерь, б. п.", Type.BASIS_POINTS)
                .column("byCustomers", "Interviews with it as the primary reason (customers)", "Интервью, основная причина (клиенты)", Type.INTEGER)
                .column("byCustomersBp", "Share among the interviews, bp", "Доля среди интервью, б. п.", Type.BASIS_POINTS);
        report.salesVsCustomer().byReason().forEach((reason, shares) -> table.row(text(reason), integer(shares.bySales()),
                basisPoints(shares.bySalesBp()), integer(shares.byCustomers()), basisPoints(shares.byCustomersBp())));
        return table.build();
    }

    /** Churn's other tables: the staff-attitude share both ways, the departments at fault and the competitors. */
    static Map<String, ReportTable> others(ChurnReport report) {
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        tables.put("staffAttitude", staffAttitude(report));
        tables.put("departments", counts(report.byDepartmentAtFault(), "department", "Department", "Подразделение"));
        tables.put("competitors", counts(report.byCompetitor(), "competitor", "Competitor", "Конкурент"));
        return tables;
    }

    private static ReportTable counts(Map<String, Integer> counts, String key, String en, String ru) {
        ReportTable.Builder table = ReportTable.builder().column(key, en, ru, Type.TEXT)
                .column("losses", "Losses", "Потери", Type.INTEGER);
        counts.forEach((code, losses) -> table.row(text(code), integer(losses)));
        return table.build();
    }

    private static ReportTable staffAttitude(ChurnReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("customers", "Customers", "Клиенты", Type.TEXT)
                .column("losses", "Losses", "Потери", Type.INTEGER)
                .column("namingIt", "Naming staff attitude", "Называют отношение персонала", Type.INTEGER)
                .column("namingItBp", "Share naming it, bp", "Доля называющих, б. п.", Type.BASIS_POINTS)
                .column("asPrimary", "With it as the primary reason", "Как основная причина", Type.INTEGER)
                .column("asPrimaryBp", "Share as the primary reason, bp", "Доля как основная причина, б. п.", Type.BASIS_POINTS);
        Map<String, ChurnReport.Share> rows = new LinkedHashMap<>();
        rows.put("KEY", report.staffAttitude().keyCustomers());
        rows.put("ALL", report.staffAttitude().allCustomers());
        rows.forEach((customers, share) -> table.row(text(customers), integer(share.losses()), integer(share.namingIt()),
                basisPoints(share.namingItBp()), integer(share.asPrimary()), basisPoints(share.asPrimaryBp())));
        return table.build();
    }

    /** The exit interviews' other tables: the funnel and the departments named by sales and by the customers. */
    static Map<String, ReportTable> others(ExitInterviewReport report) {
        ExitInterviewReport.Funnel funnel = report.funnel();
        ReportTable.Builder steps = ReportTable.builder().column("step", "Stage", "Этап", Type.TEXT)
                .column("cases", "Cases", "Случаи", Type.INTEGER);
        steps.row(text("lost"), integer(report.losses()));
        for (InterviewCases.Step step : InterviewCases.Step.values()) {
            steps.row(text(step.code()), integer(funnel.count(step)));
        }
        ReportTable.Builder named = ReportTable.builder().column("department", "Department", "Подразделение", Type.TEXT)
                .column("sales", "Named by sales", "Названо продажами", Type.INTEGER)
                .column("customers", "Named by customers", "Названо клиентами", Type.INTEGER);
        report.salesVsCustomer().departmentsAtFault().forEach((department, by) ->
                named.row(text(department), integer(by.sales()), integer(by.customers())));
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        tables.put("funnel", steps.build());
        tables.put("departments", named.build());
        return tables;
    }
}
