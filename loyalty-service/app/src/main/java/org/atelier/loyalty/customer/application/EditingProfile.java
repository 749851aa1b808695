package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.security.CurrentUser;

/** Corrects or updates a customer's name and profile: a new account manager, a region, a mistyped tax id. */
public class EditingProfile {

    /** The whole profile as it should be; empty fields are cleared. */
    public record Command(CurrentUser caller, String customerId, String name, String taxId, String segment, String region,
                          String accountManager, String department, LocalDate cooperationSince) {
    }

    private final Customers customers;
    private final KnownDepartments departments;
    private final CompanyCalendar calendar;

    public EditingProfile(Customers customers, KnownDepartments departments, CompanyCalendar calendar) {
        this.customers = customers;
        this.departments = departments;
        this.calendar = calendar;
    }

    public Customer edit(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = customers.require(command.customerId());
        if (customer.updateProfile(command.name(), new ProfileInput(command.taxId(), command.segment(), command.region(),
                command.accountManager(), command.department(), command.cooperationSince()).toProfile(departments),
                command.caller().username(), calendar.dateOf(now), now)) {
            customers.save(customer);
        }
        return customer;
    }
}
