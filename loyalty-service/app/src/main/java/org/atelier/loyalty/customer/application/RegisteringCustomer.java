package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Significance;
import org.atelier.security.CurrentUser;

/** Registers a customer company. */
public class RegisteringCustomer {

    /** The profile fields may be null. */
    public record Command(CurrentUser caller, String name, Significance significance, String taxId, String segment,
                          String region, String accountManager, String department, LocalDate cooperationSince) {

        public Command(CurrentUser caller, String name, Significance significance) {
            this(caller, name, significance, null, null, null, null, null, null);
        }
    }

    private final Customers customers;
    private final KnownDepartments departments;
    private final CompanyCalendar calendar;

    public RegisteringCustomer(Customers customers, KnownDepartments departments, CompanyCalendar calendar) {
        this.customers = customers;
        this.departments = departments;
        this.calendar = calendar;
    }

    public Customer register(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = Customer.register(CustomerId.newId(), command.name(), command.significance(), profile(command),
                calendar.dateOf(now), now);
        customers.save(customer);
        return customer;
    }

    private CustomerProfile profile(Command command) {
        return new ProfileInput(command.taxId(), command.segment(), command.region(), command.accountManager(), command.department(),
                command.cooperationSince()).toProfile(departments);
    }
}
