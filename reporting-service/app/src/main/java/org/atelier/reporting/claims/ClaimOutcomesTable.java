package org.atelier.reporting.claims;

import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.money;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/**
 * The claim outcomes' main table: one row per department of {@code byDepartment}, in its order. Money is in minor units,
 * one column per currency the report has (e.g. {@code deducted.RUB}), 0 where the department has none of it. The last
 * two columns count the department's claims among the links to lost customers; the links themselves are in the JSON.
 */
final class ClaimOutcomesTable {

    private ClaimOutcomesTable() {
    }

    private record MoneyColumn(String key, String en, String ru, Function<ClaimOutcomesReport.Department, Map<String, Long>> amounts) {
    }

    private static final List<MoneyColumn> MONEY = List.of(
            new MoneyColumn("deducted", "Deducted", "Удержано", ClaimOutcomesReport.Department::deducted),
            new MoneyColumn("compensated", "Compensated", "Компенсировано", ClaimOutcomesReport.Department::compensated),
            new MoneyColumn("sentToThePool", "Sent to the pool", "В фонд премии", ClaimOutcomesReport.Department::sentToThePool),
            new MoneyColumn("commendedWith", "Granted by commendations", "Выплачено по поощрениям", ClaimOutcomesReport.Department::commendedWith));

    static ReportTable byDepartment(ClaimOutcomesReport report) {
        TreeSet<String> currencies = new TreeSet<>();
        report.byDepartment().values().forEach(department -> MONEY.forEach(column -> currencies.addAll(column.amounts().apply(department).keySet())));
        ReportTable.Builder table = ReportTable.builder()
                .column("department", "Department", "Подразделение", Type.TEXT)
                .column("filed", "Claims filed", "Подано претензий", Type.INTEGER)
                .column("received", "Claims received", "Получено претензий", Type.INTEGER)
                .column("asClaimant.upheld", "Its claims upheld", "Её претензии удовлетворены", Type.INTEGER)
                .column("asClaimant.partiallyUpheld", "Its claims partially upheld", "Её претензии удовлетворены частично", Type.INTEGER)
                .column("asClaimant.rejected", "Its claims rejected", "Её претензии отклонены", Type.INTEGER)
                .column("asRespondent.upheld", "Claims against it upheld", "Претензии к ней удовлетворены", Type.INTEGER)
                .column("asRespondent.partiallyUpheld", "Claims against it partially upheld", "Претензии к ней удовлетворены частично", Type.INTEGER)
                .column("asRespondent.rejected", "Claims against it rejected", "Претензии к ней отклонены", Type.INTEGER)
                .column("withdrawn", "Claims withdrawn", "Отозвано претензий", Type.INTEGER)
                .column("commendationsGiven", "Commendations given", "Поощрений инициировано", Type.INTEGER)
                .column("commendationsReceived", "Commendations received", "Поощрений получено", Type.INTEGER);
        for (MoneyColumn column : MONEY) {
            for (String currency : currencies) {
                table.money(column.key() + "." + currency, column.en(), column.ru(), currency);
            }
        }
        table.column("lostCustomerClaims.asClaimant", "Its upheld claims about a lost customer",
                        "Её удовлетворённые претензии по ушедшему клиенту", Type.INTEGER)
                .column("lostCustomerClaims.asRespondent", "Upheld claims against it about a lost customer",
                        "Удовлетворённые претензии к ней по ушедшему клиенту", Type.INTEGER);
        report.byDepartment().forEach((code, department) -> {
            List<ReportTable.Cell> row = new ArrayList<>(Stream.of(text(code), integer(department.filed()), integer(department.received()),
                    integer(department.asClaimant().upheld()), integer(department.asClaimant().partiallyUpheld()),
                    integer(department.asClaimant().rejected()), integer(department.asRespondent().upheld()),
                    integer(department.asRespondent().partiallyUpheld()), integer(department.asRespondent().rejected()),
                    integer(department.withdrawn()), integer(department.commendationsGiven()), integer(department.commendationsReceived())).toList());
            for (MoneyColumn column : MONEY) {
                for (String currency : currencies) {
                    row.add(money(column.amounts().apply(department).getOrDefault(currency, 0L)));
                }
            }
            row.add(integer(linkedClaims(report, link -> code.equals(link.claimant()))));
            row.add(integer(linkedClaims(report, link -> code.equals(link.respondent()))));
            table.row(row);
        });
        return table.build();
    }

    /** Claims, not links: a claim about a customer lost twice counts once. */
    private static long linkedClaims(ClaimOutcomesReport report, Predicate<LostCustomerLink> side) {
        return report.lostCustomerLinks().stream().filter(side).map(LostCustomerLink::claimId).distinct().count();
    }

    /** The company's outcomes, and the money moved per currency (minor units). */
    static Map<String, ReportTable> others(ClaimOutcomesReport report) {
        ClaimOutcomesReport.Totals totals = report.totals();
        ReportTable.Builder outcomes = ReportTable.builder().column("outcome", "Outcome", "Исход", Type.TEXT)
                .column("claims", "Claims", "Претензии", Type.INTEGER);
        outcomes.row(text("FILED"), integer(totals.filed()));
        outcomes.row(text("UPHELD"), integer(totals.upheld()));
        outcomes.row(text("PARTIALLY_UPHELD"), integer(totals.partiallyUpheld()));
        outcomes.row(text("REJECTED"), integer(totals.rejected()));
        outcomes.row(text("WITHDRAWN"), integer(totals.withdrawn()));
        TreeSet<String> currencies = new TreeSet<>(totals.deductions().keySet());
        currencies.addAll(totals.commendationsGranted().keySet());
        Map<String, ReportTable> tables = new java.util.LinkedHashMap<>();
        tables.put("outcomes", outcomes.build());
        for (String currency : currencies) {
            ReportTable.Builder money = ReportTable.builder().column("currency", "Currency", "Валюта", Type.TEXT)
                    .money("deducted", "Deducted", "Удержано", currency)
                    .money("compensated", "Compensated", "Компенсировано", currency)
                    .money("toThePool", "To the pool", "В фонд премии", currency)
                    .money("commended", "Commendations granted", "Выплачено по поощрениям", currency);
            money.row(text(currency), money(totals.deductions().getOrDefault(currency, 0L)),
                    money(totals.compensations().getOrDefault(currency, 0L)), money(totals.toThePool().getOrDefault(currency, 0L)),
                    money(totals.commendationsGranted().getOrDefault(currency, 0L)));
            tables.put(currencies.size() == 1 ? "money" : "money." + currency, money.build());
        }
        return tables;
    }
}
