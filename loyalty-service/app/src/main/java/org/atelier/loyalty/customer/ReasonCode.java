package org.atelier.loyalty.customer;

/** Why customers leave: the taxonomy of exit analysis. */
public enum ReasonCode {
    PRICE_AND_DISCOUNTS,
    PAYMENT_TERMS,
    ASSORTMENT,
    LOGISTICS,
    PRODUCT_QUALITY,
    CONTRACT_FULFILMENT,
    /** Improper attitude of staff of any department, not only sales; names the department(s) at fault. */
    STAFF_ATTITUDE;

    public boolean namesDepartments() {
        return this == STAFF_ATTITUDE;
    }
}
