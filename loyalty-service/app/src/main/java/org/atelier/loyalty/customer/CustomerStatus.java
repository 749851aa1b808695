package org.atelier.loyalty.customer;

public enum CustomerStatus {
    ACTIVE,
    /** Left for a competitor; see the customer's loss. */
    LOST
}
