package org.atelier.reporting.churn;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why customers left in one year: how many, key ones among them, counted by primary reason, by any reason
 * given, by department at fault and by competitor.
 *
 * <p>Each loss counts once: a customer lost, won back and lost again in the same year counts twice, since
 * each departure is a separate failure to keep it.
 *
 * @param staffAttitudeShare share of losses whose primary reason is staff attitude, 0..1, rounded to 3
 *                           places; the article's surveys put it at 27-35 % for key customers
 */
public record ChurnReport(int year, int lostCustomers, int lostKeyCustomers, Map<String, Integer> byPrimaryReason,
                          Map<String, Integer> byReason, Map<String, Integer> byDepartmentAtFault,
                          Map<String, Integer> byCompetitor, double staffAttitudeShare) {

    /** The reason taxonomy, in the order the dashboards show it. */
    public static final List<String> REASONS = List.of("PRICE_AND_DISCOUNTS", "PAYMENT_TERMS", "ASSORTMENT", "LOGISTICS",
            "PRODUCT_QUALITY", "CONTRACT_FULFILMENT", "STAFF_ATTITUDE");

    public static ChurnReport of(int year, List<LostCustomer> losses) {
        int lost = losses.size();
        int key = (int) losses.stream().filter(LostCustomer::key).count();
        Map<String, Integer> byPrimary = everyReason(losses.stream().map(LostCustomer::primaryReason).toList());
        Map<String, Integer> byReason = everyReason(losses.stream().flatMap(loss -> loss.reasons().stream()).toList());
        Map<String, Integer> byDepartment = mostFirst(losses.stream().flatMap(loss -> loss.departmentsAtFault().stream()).toList());
        Map<String, Integer> byCompetitor = mostFirst(losses.stream().map(LostCustomer::competitor).toList());
        double staffShare = lost == 0 ? 0.0 : Math.round(1000.0 * byPrimary.get("STAFF_ATTITUDE") / lost) / 1000.0;
        return new ChurnReport(year, lost, key, byPrimary, byReason, byDepartment, byCompetitor, staffShare);
    }

    private static Map<String, Integer> everyReason(List<String> codes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        REASONS.forEach(reason -> counts.put(reason, 0));
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
