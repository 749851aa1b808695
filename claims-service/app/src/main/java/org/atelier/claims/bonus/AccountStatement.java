package org.atelier.claims.bonus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.atelier.claims.common.Money;

/**
 * An account's entries of one year, oldest first, with its balance per month and for the year: the sum of the
 * entries, per currency (usually just one). Never stored: it is read from the decisions each time.
 *
 * @param monthly month (1…12) to the balances of the entries counted in it; only months with entries
 */
public record AccountStatement(String account, int year, List<LedgerLine> lines, Map<Integer, List<Money>> monthly, List<Money> balance) {

    public static AccountStatement of(String account, int year, List<LedgerLine> allLines) {
        List<LedgerLine> lines = allLines.stream().filter(l -> l.account().equals(account) && l.year() == year)
                .sorted(Comparator.comparing((LedgerLine l) -> l.decision().period()).thenComparing(l -> l.decision().decidedAt())
                        .thenComparing(l -> l.decision().decisionId()))
                .toList();
        Map<Integer, List<LedgerLine>> byMonth = new TreeMap<>();
        lines.forEach(line -> byMonth.computeIfAbsent(line.month(), m -> new ArrayList<>()).add(line));
        Map<Integer, List<Money>> monthly = new LinkedHashMap<>();
        byMonth.forEach((month, ofMonth) -> monthly.put(month, sum(ofMonth)));
        return new AccountStatement(account, year, lines, monthly, sum(lines));
    }

    /** Exact sums per currency, in the order currencies first appear; overflow throws rather than wraps. */
    public static List<Money> sum(List<LedgerLine> lines) {
        Map<Currency, Long> sums = new LinkedHashMap<>();
        for (LedgerLine line : lines) {
            sums.merge(line.entry().amount().currency(), line.entry().amount().minorUnits(), Math::addExact);
        }
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }
}
