package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Reward;
import org.atelier.security.CurrentUser;

/** Records a non-material reward given to a customer: what, when and why. */
public class GrantingReward {

    public record Command(CurrentUser caller, String customerId, String what, LocalDate grantedOn, String why) {
    }

    private final Customers customers;
    private final CompanyCalendar calendar;

    public GrantingReward(Customers customers, CompanyCalendar calendar) {
        this.customers = customers;
        this.calendar = calendar;
    }

    public Customer grant(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = customers.require(command.customerId());
        customer.grantReward(new Reward(UUID.randomUUID().toString(), command.what(), command.grantedOn(), command.why(),
                command.caller().username(), now), calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }
}
