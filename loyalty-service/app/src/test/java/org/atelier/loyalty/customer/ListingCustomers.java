package org.atelier.loyalty.customer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Customers that remember which ones a walk in id order handed out, and how often; otherwise the customers it wraps. */
public class ListingCustomers implements Customers {

    private final Customers delegate;
    private final List<CustomerId> listed = new CopyOnWriteArrayList<>();

    public ListingCustomers(Customers delegate) {
        this.delegate = delegate;
    }

    /** Every id handed out by {@link #inIdOrderAfter}, as often as it was. */
    public List<CustomerId> listed() {
        return List.copyOf(listed);
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return delegate.find(id);
    }

    @Override
    public List<Customer> list(CustomerFilter filter, CustomerSort sort, int page, int size) {
        return delegate.list(filter, sort, page, size);
    }

    @Override
    public List<Customer> withSameName(String name) {
        return delegate.withSameName(name);
    }

    @Override
    public Optional<Customer> withTaxId(TaxId taxId) {
        return delegate.withTaxId(taxId);
    }

    @Override
    public long count(CustomerFilter filter) {
        return delegate.count(filter);
    }

    @Override
    public List<Customer> inIdOrderAfter(CustomerId after, int size) {
        List<Customer> page = delegate.inIdOrderAfter(after, size);
        page.forEach(customer -> listed.add(customer.id()));
        return page;
    }

    @Override
    public void save(Customer customer) {
        delegate.save(customer);
    }
}
