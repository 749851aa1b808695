package org.atelier.reporting.pool;

import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.money;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/**
 * The pool's main table: its four indicators against plan and previous year. Revenue and margin are money (minor units of
 * the report's currency), the loyal counts whole numbers; each in its own columns, so every column has one type.
 */
final class PoolTable {

    private PoolTable() {
    }

    static ReportTable indicators(PoolReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("indicator", "Indicator", "Показатель", Type.TEXT)
                .money("actualMinor", "Actual amount", "Факт (сумма)", report.currency())
                .money("planMinor", "Planned amount", "План (сумма)", report.currency())
                .money("previousYearMinor", "Previous year's amount", "Прошлый год (сумма)", report.currency())
                .column("actualCount", "Actual (count)", "Факт (число)", Type.INTEGER)
                .column("planCount", "Plan (count)", "План (число)", Type.INTEGER)
                .column("previousYearCount", "Previous year (count)", "Прошлый год (число)", Type.INTEGER)
                .column("passesPlan", "Passes against the plan", "Выполнен план", Type.TEXT)
                .column("passesPreviousYear", "Passes against the previous year", "Выше прошлого года", Type.TEXT)
                .column("passes", "Passes under the gate rule", "Проходит по условию", Type.TEXT)
                .column("missing", "Missing", "Не хватает данных", Type.TEXT);
        for (PoolReport.Indicator indicator : report.indicators()) {
            boolean isMoney = PoolReport.REVENUE.equals(indicator.name()) || PoolReport.MARGIN.equals(indicator.name());
            table.row(text(indicator.name()),
                    money(isMoney ? indicator.actual() : null), money(isMoney ? indicator.plan() : null),
                    money(isMoney ? indicator.previousYear() : null),
                    integer(isMoney ? null : indicator.actual()), integer(isMoney ? null : indicator.plan()),
                    integer(isMoney ? null : indicator.previousYear()),
                    text(String.valueOf(indicator.passesPlan())), text(String.valueOf(indicator.passesPreviousYear())),
                    text(String.valueOf(indicator.passes())), text(String.join(" ", indicator.missing())));
        }
        return table.build();
    }

    /** The pool's parts (money, minor units) and its headcount, as the page's pool table lists them. */
    static java.util.Map<String, ReportTable> others(PoolReport report) {
        PoolReport.Pool pool = report.pool();
        ReportTable.Builder parts = ReportTable.builder().column("part", "Part", "Часть", ReportTable.Type.TEXT)
                .money("amount", "Amount", "Сумма", report.currency())
                .column("count", "Number", "Число", ReportTable.Type.INTEGER);
        parts.row(text("fromMarginGrowth"), money(pool.fromMarginGrowth()), integer(null));
        parts.row(text("fromClaims"), money(pool.fromClaims()), integer(null));
        parts.row(text("carriedIn"), money(pool.carriedIn()), integer(null));
        parts.row(text("total"), money(pool.total()), integer(null));
        parts.row(text("headcount"), money(null), integer(pool.headcount()));
        parts.row(text("perEmployee"), money(pool.perEmployee()), integer(null));
        parts.row(text("carriedOut"), money(pool.carriedOut()), integer(null));
        return java.util.Map.of("parts", parts.build());
    }
}
