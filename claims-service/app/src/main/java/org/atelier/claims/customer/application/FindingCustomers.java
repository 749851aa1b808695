package org.atelier.claims.customer.application;

import java.util.List;
import java.util.Optional;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.customer.CustomerPermissions;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.KnownCustomers;
import org.atelier.security.CurrentUser;

/** Looking a customer up by name in claims' replica, as the claim form's customer picker does. */
public class FindingCustomers {

    public static final int MAX_QUERY = 100;

    private final KnownCustomers customers;

    public FindingCustomers(KnownCustomers customers) {
        this.customers = customers;
    }

    /**
     * @throws RuleViolation when the query is blank or longer than {@value #MAX_QUERY} characters
     */
    public List<KnownCustomer> search(CurrentUser caller, String query) {
        CustomerPermissions.checkMayLookUp(caller);
        if (query == null || query.isBlank()) {
            throw new RuleViolation("q", "required", "Required");
        }
        String typed = query.strip();
        if (typed.length() > MAX_QUERY) {
            throw new RuleViolation("q", "tooLong", "At most {0} characters", String.valueOf(MAX_QUERY));
        }
        return customers.search(typed);
    }

    /** The customer with this id if the replica can name it; for showing the one already picked on a form. */
    public Optional<KnownCustomer> named(CurrentUser caller, String customerId) {
        CustomerPermissions.checkMayLookUp(caller);
        return customerId == null || customerId.isBlank() ? Optional.empty()
                : customers.find(customerId.strip()).filter(KnownCustomer::isNamed);
    }
}
