package org.atelier.reporting.churn;

import static org.atelier.reporting.table.ReportTable.Cell.basisPoints;
import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.text;

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
}
