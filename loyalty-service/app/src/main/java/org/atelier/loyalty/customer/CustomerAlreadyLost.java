package org.atelier.loyalty.customer;

/** A loss can only be recorded for a customer that is still with us; a lost one must be regained first. */
public class CustomerAlreadyLost extends RuntimeException {

    public CustomerAlreadyLost(CustomerId id, Loss loss) {
        super("Customer " + id + " was already lost to " + loss.competitor() + " on " + loss.lostOn());
    }
}
