package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Customer;

/** One purchase in the card's table, newest first, marked when it was reversed as a mistake. */
record PurchaseRow(String purchaseId, LocalDate date, Money amount, String contractReference, boolean reversed) {

    static List<PurchaseRow> of(Customer customer) {
        return customer.purchases().stream()
                .map(purchase -> new PurchaseRow(purchase.purchaseId(), purchase.date(), purchase.amount(), purchase.contractReference(),
                        customer.isReversed(purchase)))
                .sorted(Comparator.comparing(PurchaseRow::date).reversed())
                .toList();
    }

    /** The card's id of the form that reverses it, and the form's name in a refusal. */
    public String form() {
        return "reverse-" + purchaseId;
    }
}
