package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.Set;

/**
 * When a customer counts as loyal: it is a member of the loyal-customers' club, or it bought in each of
 * {@code consecutiveYears} consecutive calendar years, the last of them this year or last year. So a customer who bought in 2025 and 2026 is loyal throughout 2027
 * too (this year's contracts may simply not be signed yet), and lapses on 1 January 2028 unless it bought in
 * 2027. Lost customers are never loyal.
 *
 * @param consecutiveYears how many consecutive years with purchases make a customer loyal; at least 1
 */
public record LoyaltyRule(int consecutiveYears) {

    public static final LoyaltyRule DEFAULT = new LoyaltyRule(2);

    public LoyaltyRule {
        if (consecutiveYears < 1) {
            throw new IllegalArgumentException("consecutiveYears must be at least 1, was " + consecutiveYears);
        }
    }

    public boolean isLoyal(Set<Integer> purchaseYears, boolean lost, LocalDate asOf) {
        return isLoyal(purchaseYears, lost, false, asOf);
    }

    public boolean isLoyal(Set<Integer> purchaseYears, boolean lost, boolean clubMember, LocalDate asOf) {
        if (lost) {
            return false;
        }
        if (clubMember) {
            return true;
        }
        int thisYear = asOf.getYear();
        return boughtEveryYear(purchaseYears, thisYear) || boughtEveryYear(purchaseYears, thisYear - 1);
    }

    private boolean boughtEveryYear(Set<Integer> purchaseYears, int lastYear) {
        for (int year = lastYear - consecutiveYears + 1; year <= lastYear; year++) {
            if (!purchaseYears.contains(year)) {
                return false;
            }
        }
        return true;
    }
}
