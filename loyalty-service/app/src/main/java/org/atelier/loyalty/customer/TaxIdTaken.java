package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

/**
 * A tax id (INN) names one company, so two customers never share one; unlike a name, this cannot be overridden. A
 * rule violation against the field {@code taxId} for the forms; the API answers 409 naming the customer that has it.
 */
public class TaxIdTaken extends RuleViolation {

    private final transient SimilarCustomer holder;

    public TaxIdTaken(TaxId taxId, SimilarCustomer holder) {
        super("taxId", "taxIdTaken", "Tax id {0} is already the tax id of {1}", taxId.value(),
                holder == null ? "a customer registered at the same moment" : holder.name());
        this.holder = holder;
    }

    /** The customer that has the tax id; null when it could not be read (it was registered at the same moment). */
    public SimilarCustomer holder() {
        return holder;
    }
}
