package org.atelier.reporting.dashboard;

import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.money;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/**
 * A scorecard's tables: its claims and commendations, one number a row named as the claims' lists name it (so each
 * row opens its list), and the money the decisions moved to and from it, a column per currency (minor units).
 */
final class ScorecardTable {

    private ScorecardTable() {
    }

    static ReportTable claims(Scorecard card) {
        ClaimOutcomesReport.Department x = card.claims();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("filed", x == null ? 0 : x.filed());
        counts.put("received", x == null ? 0 : x.received());
        counts.put("asClaimant.upheld", x == null ? 0 : x.asClaimant().upheld());
        counts.put("asClaimant.partiallyUpheld", x == null ? 0 : x.asClaimant().partiallyUpheld());
        counts.put("asClaimant.rejected", x == null ? 0 : x.asClaimant().rejected());
        counts.put("asRespondent.upheld", x == null ? 0 : x.asRespondent().upheld());
        counts.put("asRespondent.partiallyUpheld", x == null ? 0 : x.asRespondent().partiallyUpheld());
        counts.put("asRespondent.rejected", x == null ? 0 : x.asRespondent().rejected());
        counts.put("withdrawn", x == null ? 0 : x.withdrawn());
        counts.put("commendationsGiven", x == null ? 0 : x.commendationsGiven());
        counts.put("commendationsReceived", x == null ? 0 : x.commendationsReceived());
        ReportTable.Builder table = ReportTable.builder().column("count", "Claims and commendations", "Претензии и поощрения", Type.TEXT)
                .column("number", "Number", "Число", Type.INTEGER);
        counts.forEach((count, number) -> table.row(text(count), integer(number)));
        return table.build();
    }

    static ReportTable adjustments(Scorecard card) {
        ClaimOutcomesReport.Department x = card.claims();
        Map<String, Map<String, Long>> sums = new LinkedHashMap<>();
        sums.put("deducted", x == null ? Map.of() : x.deducted());
        sums.put("compensated", x == null ? Map.of() : x.compensated());
        sums.put("sentToThePool", x == null ? Map.of() : x.sentToThePool());
        sums.put("commendedWith", x == null ? Map.of() : x.commendedWith());
        TreeSet<String> currencies = new TreeSet<>();
        sums.values().forEach(amounts -> currencies.addAll(amounts.keySet()));
        ReportTable.Builder table = ReportTable.builder().column("sum", "Bonus adjustments", "Корректировки премии", Type.TEXT);
        currencies.forEach(currency -> table.money("amount." + currency, "Amount", "Сумма", currency));
        sums.forEach((sum, amounts) -> {
            java.util.List<ReportTable.Cell> row = new java.util.ArrayList<>();
            row.add(text(sum));
            currencies.forEach(currency -> row.add(money(amounts.getOrDefault(currency, 0L))));
            table.row(row);
        });
        return table.build();
    }
}
