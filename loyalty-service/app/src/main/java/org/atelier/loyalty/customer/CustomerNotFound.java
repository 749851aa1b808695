package org.atelier.loyalty.customer;

public class CustomerNotFound extends RuntimeException {

    public CustomerNotFound(String id) {
        super("No customer with id '" + id + "'");
    }
}
