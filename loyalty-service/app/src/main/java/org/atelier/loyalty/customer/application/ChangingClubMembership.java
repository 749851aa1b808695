package org.atelier.loyalty.customer.application;

import java.time.Clock;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.security.CurrentUser;

/** Takes a customer into the loyal-customers' club or out of it; a member counts as loyal. */
public class ChangingClubMembership {

    public record Command(CurrentUser caller, String customerId, boolean member) {
    }

    private final Customers customers;
    private final LoyaltyRule rule;
    private final Clock clock;

    public ChangingClubMembership(Customers customers, LoyaltyRule rule, Clock clock) {
        this.customers = customers;
        this.rule = rule;
        this.clock = clock;
    }

    public Customer change(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Customer customer = customers.require(command.customerId());
        customer.changeClubMembership(command.member(), command.caller().username(), rule, clock.instant());
        customers.save(customer);
        return customer;
    }
}
