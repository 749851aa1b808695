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
    public List<Customer> list(CustomerFilter filter, CustomerSort sort, int page, int size) {
        Comparator<Customer> byField = switch (sort.field()) {
            case NAME -> Comparator.comparing(Customer::name);
            case SIGNIFICANCE -> Comparator.comparing(c -> c.significance().name());
            case STATUS -> Comparator.comparing(c -> c.status().name());
            case LAST_PURCHASE -> Comparator.comparing(c -> c.lastPurchaseOn().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
            case REGISTERED -> Comparator.comparing(Customer::registeredAt);
        };
        Comparator<Customer> order = (sort.descending() ? byField.reversed() : byField).thenComparing(Customer::name)
                .thenComparing(c -> c.id().toString());
        return stored.values().stream().filter(c -> matches(filter, c)).sorted(order).skip((long) page * size).limit(size).toList();
    }

    @Override
    public List<Customer> withSameName(String name) {
        return stored.values().stream().filter(c -> CustomerName.key(c.name()).equals(CustomerName.key(name))).toList();
    }

    @Override
    public Optional<Customer> withTaxId(TaxId taxId) {
        return stored.values().stream().filter(c -> taxId.equals(c.profile().taxId())).findFirst();
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
        String taxId = customer.profile().taxId() == null ? "" : customer.profile().taxId().value();
        return (filter.nameContains() == null || customer.name().toLowerCase().contains(filter.nameContains().toLowerCase())
                || taxId.contains(filter.nameContains()))
                && (filter.significance() == null || customer.significance() == filter.significance())
                && (filter.status() == null || customer.status() == filter.status())
                && (filter.manager() == null || filter.manager().equalsIgnoreCase(customer.profile().accountManager()))
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
