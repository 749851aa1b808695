package org.atelier.loyalty.customer;

/** Two people changed the same customer at once; the second must reload and try again. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(CustomerId id) {
        super("Customer " + id + " was changed by someone else meanwhile; reload it and try again");
    }
}
