package org.atelier.loyalty.customer.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.PossibleDuplicateName;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.SimilarCustomer;
import org.atelier.loyalty.customer.TaxId;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.atelier.security.CurrentUser;

/**
 * Registers a customer company. A tax id another customer has is refused; a name another customer has (ignoring case
 * and spacing) is a warning the person overrides with {@link Command#acknowledgeDuplicateName()}.
 */
public class RegisteringCustomer {

    /**
     * The profile fields may be null.
     *
     * @param acknowledgeDuplicateName the person has seen that another customer has this name and registers anyway
     */
    public record Command(CurrentUser caller, String name, Significance significance, String taxId, String segment,
                          String region, String accountManager, String department, LocalDate cooperationSince,
                          boolean acknowledgeDuplicateName) {

        public Command(CurrentUser caller, String name, Significance significance, String taxId, String segment, String region,
                       String accountManager, String department, LocalDate cooperationSince) {
            this(caller, name, significance, taxId, segment, region, accountManager, department, cooperationSince, false);
        }

        public Command(CurrentUser caller, String name, Significance significance) {
            this(caller, name, significance, null, null, null, null, null, null);
        }

        public Command acknowledgingDuplicateName() {
            return new Command(caller, name, significance, taxId, segment, region, accountManager, department, cooperationSince, true);
        }
    }

    private final Customers customers;
    private final DepartmentNaming departments;
    private final CompanyCalendar calendar;

    public RegisteringCustomer(Customers customers, DepartmentNaming departments, CompanyCalendar calendar) {
        this.customers = customers;
        this.departments = departments;
        this.calendar = calendar;
    }

    public Customer register(Command command) {
        CustomerPermissions.checkMayManageCustomers(command.caller());
        Instant now = calendar.now();
        Customer customer = Customer.register(CustomerId.newId(), command.name(), command.significance(), profile(command),
                calendar.dateOf(now), now);
        TaxId taxId = customer.profile().taxId();
        if (taxId != null) {
            customers.withTaxId(taxId).ifPresent(holder -> {
                throw new TaxIdTaken(taxId, SimilarCustomer.of(holder));
            });
        }
        if (!command.acknowledgeDuplicateName()) {
            List<SimilarCustomer> sameName = customers.withSameName(customer.name()).stream().map(SimilarCustomer::of).toList();
            if (!sameName.isEmpty()) {
                throw new PossibleDuplicateName(customer.name(), sameName);
            }
        }
        // The store refuses a tax id registered meanwhile too (TaxIdTaken); a name is only ever a warning.
        customers.save(customer);
        return customer;
    }

    private CustomerProfile profile(Command command) {
        return new ProfileInput(command.taxId(), command.segment(), command.region(), command.accountManager(), command.department(),
                command.cooperationSince()).toProfile(departments, null);
    }
}
