package org.atelier.loyalty.customer.application;

import java.time.Clock;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Significance;
import org.atelier.security.CurrentUser;

/** Makes a customer key or regular, with the reason, remembering who decided. */
public class ChangingSignificance {

    public record Command(CurrentUser caller, String customerId, Significance significance, String reason) {
    }

    private final Customers customers;
    private final Clock clock;

    public ChangingSignificance(Customers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public Customer change(Command command) {
        CustomerPermissions.checkMayChangeSignificance(command.caller());
        Customer customer = customers.require(command.customerId());
        customer.changeSignificance(command.significance(), command.caller().username(), command.reason(), clock.instant());
        customers.save(customer);
        return customer;
    }
}
