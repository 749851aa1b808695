package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a customer bought, and whether that makes it loyal under the loyalty rule. */
final class PurchaseHistory {

    private final List<Purchase> purchases;
    private boolean loyal;

    PurchaseHistory(List<Purchase> purchases, boolean loyal) {
        this.purchases = new ArrayList<>(purchases);
        this.loyal = loyal;
    }

    void add(Purchase purchase) {
        purchases.add(purchase);
    }

    /**
     * Applies the loyalty rule as of a day.
     *
     * @return whether the customer's loyalty changed
     */
    boolean review(LoyaltyRule rule, boolean lost, boolean clubMember, LocalDate asOf) {
        Set<Integer> years = purchases.stream().map(Purchase::year).collect(Collectors.toSet());
        boolean nowLoyal = rule.isLoyal(years, lost, clubMember, asOf);
        boolean changed = nowLoyal != loyal;
        loyal = nowLoyal;
        return changed;
    }

    /**
     * A lost customer is not loyal, whatever it bought before.
     *
     * @return whether the customer was loyal until now
     */
    boolean lapse() {
        boolean wasLoyal = loyal;
        loyal = false;
        return wasLoyal;
    }

    boolean isLoyal() {
        return loyal;
    }

    List<Purchase> purchases() {
        return List.copyOf(purchases);
    }
}
