package org.atelier.reporting.churn;

import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Why customers left in a period (a year, or one quarter of it), optionally of one significance: how many, key ones
 * among them, counted by significance, by primary reason, by any reason given, by department at fault and by
 * competitor, and the staff-attitude share both ways for key customers and for all.
 *
 * <p>Each loss counts once, in the year and quarter of its {@code lostOn} date: a customer lost, won back and lost
 * again counts twice, since each departure is a separate failure to keep it. A loss withdrawn as recorded in error
 * does not count.
 *
 * @param quarter      1..4, or {@code null} for the whole year
 * @param significance the significance the losses were filtered on (as the loss recorded it), or {@code null} for all
 * @param staffAttitude the article's share of staff attitude among the reasons, beside its 27–35 % benchmark
 */
public record ChurnReport(int year, Integer quarter, String significance, int lostCustomers, int lostKeyCustomers,
                          Map<String, Integer> bySignificance, Map<String, Integer> byPrimaryReason,
                          Map<String, Integer> byReason, Map<String, Integer> byDepartmentAtFault,
                          Map<String, Integer> byCompetitor, StaffAttitude staffAttitude) implements Tabular {

    /**
     * The same report with only one department's count of {@code byDepartmentAtFault} (a department head's view); every
     * other figure is company-wide and stays.
     */
    public ChurnReport ofDepartmentOnly(String department) {
        Map<String, Integer> own = new LinkedHashMap<>();
        if (byDepartmentAtFault.containsKey(department)) {
            own.put(department, byDepartmentAtFault.get(department));
        }
        return new ChurnReport(year, quarter, significance, lostCustomers, lostKeyCustomers, bySignificance, byPrimaryReason,
                byReason, own, byCompetitor, staffAttitude);
    }

    /** Its main table: the losses per reason, as primary and named at all. */
    @Override
    public ReportTable table() {
        return ChurnTables.byReason(this);
    }

    /** Its other tables, as its dashboard shows them. */
    @Override
    public java.util.Map<String, ReportTable> tables() {
        return ChurnTables.others(this);
    }


    /** The reason taxonomy, in the order the dashboards show it. */
    public static final List<String> REASONS = List.of("PRICE_AND_DISCOUNTS", "PAYMENT_TERMS", "ASSORTMENT", "LOGISTICS",
            "PRODUCT_QUALITY", "CONTRACT_FULFILMENT", "STAFF_ATTITUDE");
    public static final List<String> SIGNIFICANCES = List.of("KEY", "REGULAR");
    static final String STAFF_ATTITUDE = "STAFF_ATTITUDE";

    /** The staff-attitude share for key customers (the article's benchmark) and for all customers of the period. */
    public record StaffAttitude(Share keyCustomers, Share allCustomers, Benchmark benchmark) {
    }

    /**
     * @param losses           the losses the shares are of
     * @param namingIt         losses naming staff attitude among their reasons
     * @param asPrimary        losses with staff attitude as the primary reason
     * @param namingItBp       namingIt / losses in basis points, rounded down; {@code null} when there are no losses
     * @param asPrimaryBp      asPrimary / losses in basis points, rounded down; {@code null} when there are no losses
     */
    public record Share(int losses, int namingIt, int asPrimary, Integer namingItBp, Integer asPrimaryBp) {

        static Share of(List<LostCustomer> losses) {
            int naming = (int) losses.stream().filter(loss -> loss.reasons().contains(STAFF_ATTITUDE)).count();
            int primary = (int) losses.stream().filter(loss -> STAFF_ATTITUDE.equals(loss.primaryReason())).count();
            return new Share(losses.size(), naming, primary, basisPoints(naming, losses.size()), basisPoints(primary, losses.size()));
        }
    }

    /** The article's range for the staff-attitude share among key customers' reasons, in basis points. */
    public record Benchmark(int fromBp, int toBp) {
        public static final Benchmark ARTICLE = new Benchmark(2_700, 3_500);
    }

    public static ChurnReport of(ChurnPeriod period, List<LostCustomer> lossesOfTheYear) {
        List<LostCustomer> losses = lossesOfTheYear.stream().filter(period::includes).toList();
        int lost = losses.size();
        List<LostCustomer> keyLosses = losses.stream().filter(LostCustomer::key).toList();
        Map<String, Integer> bySignificance = counted(SIGNIFICANCES, losses.stream().map(LostCustomer::significance).toList());
        Map<String, Integer> byPrimary = counted(REASONS, losses.stream().map(LostCustomer::primaryReason).toList());
        Map<String, Integer> byReason = counted(REASONS, losses.stream().flatMap(loss -> loss.reasons().stream().distinct()).toList());
        Map<String, Integer> byDepartment = mostFirst(losses.stream().flatMap(loss -> loss.departmentsAtFault().stream()).toList());
        Map<String, Integer> byCompetitor = mostFirst(losses.stream().map(LostCustomer::competitor)
                .filter(Predicate.not(ChurnReport::blank)).toList());
        StaffAttitude staff = new StaffAttitude(Share.of(keyLosses), Share.of(losses), Benchmark.ARTICLE);
        return new ChurnReport(period.year(), period.quarter().orElse(null), period.significance().orElse(null), lost,
                keyLosses.size(), bySignificance, byPrimary, byReason, byDepartment, byCompetitor, staff);
    }

    static Integer basisPoints(int part, int whole) {
        return whole == 0 ? null : (int) (10_000L * part / whole);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Every known value first, in its order, zero when absent; values outside the list after them. */
    private static Map<String, Integer> counted(List<String> known, List<String> codes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        known.forEach(code -> counts.put(code, 0));
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> mostFirst(List<String> names) {
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().intValue(), (a, b) -> a, LinkedHashMap::new));
    }
}
