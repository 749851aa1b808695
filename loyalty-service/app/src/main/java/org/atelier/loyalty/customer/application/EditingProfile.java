package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.SimilarCustomer;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.security.CurrentUser;

/** Corrects or updates a customer's name and profile: a new account manager, a region, a mistyped tax id. */
public class EditingProfile {

    /** The whole profile as it should be; empty fields are cleared. */
    public record Command(CurrentUser caller, String customerId, String name, String taxId, String segment, String region,
                          String accountManager, String department, LocalDate cooperationSince) {
    }

    private final Customers customers;
    private final DepartmentNaming departments;
    private final CompanyCalendar calendar;

    public EditingProfile(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        this.customers = customers;
        this.departments = departments;
        this.calendar = calendar;
    }

    public Customer edit(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = customers.require(command.customerId());
        CustomerProfile profile = new ProfileInput(command.taxId(), command.segment(), command.region(), command.accountManager(),
                command.department(), command.cooperationSince()).toProfile(departments, customer.profile().department());
        if (profile.taxId() != null) {
            // Correcting a mistyped INN into another customer's is refused as at registration.
            customers.withTaxId(profile.taxId()).filter(holder -> !holder.id().equals(customer.id())).ifPresent(holder -> {
                throw new TaxIdTaken(profile.taxId(), SimilarCustomer.of(holder));
            });
        }
        if (customer.updateProfile(command.name(), profile, command.caller().username(), calendar.dateOf(now), now)) {
            customers.save(customer);
        }
        return customer;
    }
}
