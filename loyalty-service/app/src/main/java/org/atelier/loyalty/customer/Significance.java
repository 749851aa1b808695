package org.atelier.loyalty.customer;

/** How much a customer matters; key customers come first in every loyalty figure and in the annual bonus. */
public enum Significance {
    KEY,
    REGULAR
}
