package org.atelier.loyalty.customer.application;

import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerSort;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.Customers;

/** Looks customers up for the API and the pages. */
public class FindingCustomers {

    /** One page of a list, with how many customers match in all. */
    public record Page(List<Customer> customers, int page, int size, long total) {

        /** The last page there is (zero-based); 0 when nothing matches, so page 0 always exists. */
        public int lastPage() {
            return total == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total - 1) / size);
        }

        /** Asked for a page after the last one: the list is not empty, this page of it is. */
        public boolean outOfRange() {
            return page > lastPage();
        }
    }

    private final Customers customers;

    public FindingCustomers(Customers customers) {
        this.customers = customers;
    }

    public Customer byId(String id) {
        return customers.require(id);
    }

    /** How many customers are loyal now, all and key ones: what the annual bonus counts. */
    public record LoyalCount(long all, long key) {
    }

    public LoyalCount loyalNow() {
        return new LoyalCount(customers.count(new CustomerFilter(null, null, null, null, true)),
                customers.count(new CustomerFilter(null, Significance.KEY, null, null, true)));
    }

    public Page page(CustomerFilter filter, int page, int size) {
        return page(filter, CustomerSort.BY_NAME, page, size);
    }

    /** A page in the order asked; past the last page it is empty and says so ({@link Page#outOfRange()}). */
    public Page page(CustomerFilter filter, CustomerSort sort, int page, int size) {
        long total = customers.count(filter);
        List<Customer> found = (long) page * size >= total ? List.of() : customers.list(filter, sort, page, size);
        return new Page(found, page, size, total);
    }

    /**
     * Like {@link #page(CustomerFilter, CustomerSort, int, int)}, but a page past the last one is refused: for callers
     * that would otherwise show an empty list as if nothing matched.
     *
     * @throws RuleViolation (field {@code page}) naming the last page
     */
    public Page pageWithinRange(CustomerFilter filter, CustomerSort sort, int page, int size) {
        Page found = page(filter, sort, page, size);
        if (found.outOfRange()) {
            throw new RuleViolation("page", "pageOutOfRange", "Page {0} is past the last page, {1}, of {2} customers",
                    String.valueOf(page), String.valueOf(found.lastPage()), String.valueOf(found.total()));
        }
        return found;
    }
}
