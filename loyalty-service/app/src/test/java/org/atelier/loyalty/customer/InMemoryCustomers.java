package org.atelier.loyalty.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers kept in a map, for use-case tests; records the events each save carried. */
public class InMemoryCustomers implements Customers {

    private final Map<CustomerId, Customer> stored = new LinkedHashMap<>();
    public final List<CustomerEvent> savedEvents = new ArrayList<>();

    @Override
    public Optional<Customer> find(CustomerId id) {
        return Optional.ofNullable(stored.get(id)).map(c -> Customer.restore(c.state()));
    }

    @Override
    public List<Customer> list(CustomerFilter filter, int page, int size) {
        return stored.values().stream().filter(c -> matches(filter, c)).sorted(Comparator.comparing(Customer::name))
                .skip((long) page * size).limit(size).toList();
    }

    @Override
    public long count(CustomerFilter filter) {
        return stored.values().stream().filter(c -> matches(filter, c)).count();
    }

    /** In the order MongoDB keeps: ids as text (not {@link java.util.UUID#compareTo}, which compares signed numbers). */
    @Override
    public List<Customer> inIdOrderAfter(CustomerId after, int size) {
        return stored.values().stream().filter(c -> after == null || c.id().toString().compareTo(after.toString()) > 0)
                .sorted(Comparator.comparing(c -> c.id().toString())).limit(size).map(c -> Customer.restore(c.state())).toList();
    }

    private static boolean matches(CustomerFilter filter, Customer customer) {
        return (filter.nameContains() == null || customer.name().toLowerCase().contains(filter.nameContains().toLowerCase()))
                && (filter.significance() == null || customer.significance() == filter.significance())
                && (filter.status() == null || customer.status() == filter.status())
                && (filter.manager() == null || filter.manager().equals(customer.profile().accountManager()))
                && (filter.loyal() == null || customer.isLoyal() == filter.loyal());
    }

    @Override
    public void save(Customer customer) {
        savedEvents.addAll(customer.newEvents());
        CustomerState s = customer.state();
        stored.put(customer.id(), Customer.restore(new CustomerState(s.id(), s.name(), s.significance(), s.profile(), s.significanceHistory(),
                s.registeredAt(), s.status(), s.loss(), s.purchases(), s.loyal(), s.clubHistory(), s.points(), s.rewards(), s.profileChanges(), s.version() + 1)));
    }
}
