package org.atelier.survey.exit;

/** The loss reason taxonomy, with the same codes loyalty records losses with (DOMAIN.md §1), so reports can compare them. */
public enum ReasonCode {
    PRICE_AND_DISCOUNTS,
    PAYMENT_TERMS,
    ASSORTMENT,
    LOGISTICS,
    PRODUCT_QUALITY,
    CONTRACT_FULFILMENT,
    /** Improper attitude of staff, of any department: the only reason that names departments at fault. */
    STAFF_ATTITUDE
}
