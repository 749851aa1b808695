package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.loyalty.common.RuleViolation;

/** What a customer bought, and whether that makes it loyal under the loyalty rule. */
final class PurchaseHistory {

    private final List<Purchase> purchases;
    private final List<PurchaseReversal> reversals;
    private boolean loyal;

    PurchaseHistory(List<Purchase> purchases, List<PurchaseReversal> reversals, boolean loyal) {
        this.purchases = new ArrayList<>(purchases);
        this.reversals = new ArrayList<>(reversals);
        this.loyal = loyal;
    }

    /**
     * The purchase to reverse, if it may be.
     *
     * @throws RuleViolation when there is no such purchase, or it is reversed already
     */
    Purchase reversible(String purchaseId) {
        Purchase purchase = purchases.stream().filter(p -> p.purchaseId().equals(purchaseId)).findFirst()
                .orElseThrow(() -> new RuleViolation("purchaseId", "unknownPurchase", "The customer has no purchase {0}", purchaseId));
        if (isReversed(purchaseId)) {
            throw new RuleViolation("purchaseId", "purchaseAlreadyReversed", "Purchase {0} is reversed already", purchaseId);
        }
        return purchase;
    }

    void reverse(PurchaseReversal reversal) {
        reversals.add(reversal);
    }

    boolean isReversed(String purchaseId) {
        return reversals.stream().anyMatch(reversal -> reversal.purchaseId().equals(purchaseId));
    }

    /** The purchases that count: all but the reversed ones. */
    List<Purchase> standing() {
        return purchases.stream().filter(purchase -> !isReversed(purchase.purchaseId())).toList();
    }

    List<PurchaseReversal> reversals() {
        return List.copyOf(reversals);
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
        Set<Integer> years = standing().stream().map(Purchase::year).collect(Collectors.toSet());
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
