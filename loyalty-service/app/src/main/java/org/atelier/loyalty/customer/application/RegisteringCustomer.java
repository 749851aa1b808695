package org.atelier.loyalty.customer.application;

import java.time.Clock;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Significance;
import org.atelier.security.CurrentUser;

/** Registers a customer company. */
public class RegisteringCustomer {

    public record Command(CurrentUser caller, String name, Significance significance) {
    }

    private final Customers customers;
    private final Clock clock;

    public RegisteringCustomer(Customers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public Customer register(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Customer customer = Customer.register(CustomerId.newId(), command.name(), command.significance(), clock.instant());
        customers.save(customer);
        return customer;
    }
}
