package org.atelier.reporting.pool;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many customers were loyal, and how many of those key, at the end of a day: from their loyalty facts. */
public record LoyalCounts(int loyal, int loyalKey) {

    private static final Comparator<LoyaltyFact> IN_ORDER = Comparator.comparing(LoyaltyFact::on)
            .thenComparing(LoyaltyFact::recordedAt).thenComparing(LoyaltyFact::eventId);

    /** Each customer's latest loyalty fact up to the day says whether they are loyal; the latest significance, whether key. */
    public static LoyalCounts onDay(LocalDate day, List<LoyaltyFact> facts) {
        Map<String, List<LoyaltyFact>> byCustomer = facts.stream().filter(fact -> !fact.on().isAfter(day))
                .collect(Collectors.groupingBy(LoyaltyFact::customerId));
        int loyal = 0;
        int loyalKey = 0;
        for (List<LoyaltyFact> history : byCustomer.values()) {
            List<LoyaltyFact> ordered = history.stream().sorted(IN_ORDER).toList();
            Boolean isLoyal = null;
            String significance = null;
            for (LoyaltyFact fact : ordered) {
                if (fact.loyal() != null) {
                    isLoyal = fact.loyal();
                }
                if (fact.significance() != null) {
                    significance = fact.significance();
                }
            }
            if (Boolean.TRUE.equals(isLoyal)) {
                loyal++;
                if ("KEY".equals(significance)) {
                    loyalKey++;
                }
            }
        }
        return new LoyalCounts(loyal, loyalKey);
    }
}
