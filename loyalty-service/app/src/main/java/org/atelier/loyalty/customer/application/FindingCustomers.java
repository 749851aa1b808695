package org.atelier.loyalty.customer.application;

import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.Customers;

/** Looks customers up for the API and the pages. */
public class FindingCustomers {

    public record Page(List<Customer> customers, int page, int size, long total) {
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
        return new Page(customers.list(filter, page, size), page, size, customers.count(filter));
    }
}
