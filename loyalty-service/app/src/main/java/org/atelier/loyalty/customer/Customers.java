package org.atelier.loyalty.customer;

import java.util.List;
import java.util.Optional;

/** Where customers are kept. Saving a customer stores its new events with it, in the same write. */
public interface Customers {

    Optional<Customer> find(CustomerId id);

    /**
     * The customer with this id as the caller gave it.
     *
     * @throws CustomerNotFound when there is none, or the text is not an id at all
     */
    default Customer require(String id) {
        return CustomerId.parse(id).flatMap(this::find).orElseThrow(() -> new CustomerNotFound(id));
    }

    /** @param page zero-based */
    default List<Customer> list(int page, int size) {
        return list(CustomerFilter.NONE, page, size);
    }

    /** Customers matching the filter, by name; @param page zero-based */
    default List<Customer> list(CustomerFilter filter, int page, int size) {
        return list(filter, CustomerSort.BY_NAME, page, size);
    }

    /** Customers matching the filter in the order asked, ties by name and id; @param page zero-based */
    List<Customer> list(CustomerFilter filter, CustomerSort sort, int page, int size);

    /** Customers whose name is the same as this one ignoring case and spacing ({@link CustomerName#key}). */
    List<Customer> withSameName(String name);

    /** The customer with this tax id, if any. */
    Optional<Customer> withTaxId(TaxId taxId);

    default long count() {
        return count(CustomerFilter.NONE);
    }

    long count(CustomerFilter filter);

    /**
     * Up to {@code size} customers in id order, after the given id (from the first when null): a walk through all
     * customers that neither skips nor repeats one while others are saved meanwhile, unlike pages by offset.
     */
    List<Customer> inIdOrderAfter(CustomerId after, int size);

    /**
     * Stores the customer's state and new events atomically and then publishes the events.
     *
     * @throws ConcurrentChange when someone else changed the customer since it was loaded
     * @throws TaxIdTaken       when another customer was given the same tax id meanwhile
     */
    void save(Customer customer);
}
