package org.atelier.loyalty.customer.application;

import java.time.Instant;
import org.atelier.calendar.CompanyCalendar;
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
    private final CompanyCalendar calendar;

    public ChangingClubMembership(Customers customers, LoyaltyRule rule, CompanyCalendar calendar) {
        this.customers = customers;
        this.rule = rule;
        this.calendar = calendar;
    }

    public Customer change(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = customers.require(command.customerId());
        customer.changeClubMembership(command.member(), command.caller().username(), rule, calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }
}
