package org.atelier.loyalty.customer.application;

import java.time.Clock;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Significance;

/** Registers a customer company. */
public class RegisteringCustomer {

    public record Command(String name, Significance significance) {
    }

    private final Customers customers;
    private final Clock clock;

    public RegisteringCustomer(Customers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public Customer register(Command command) {
        Customer customer = Customer.register(CustomerId.newId(), command.name(), command.significance(), clock.instant());
        customers.save(customer);
        return customer;
    }
}
