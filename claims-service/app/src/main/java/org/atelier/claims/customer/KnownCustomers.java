package org.atelier.claims.customer;

import java.util.List;
import java.util.Optional;

/** The replica of loyalty's customers, read-only for everything but the consumer of loyalty's events. */
public interface KnownCustomers {

    /** The most customers one search returns. */
    int SEARCH_LIMIT = 20;

    Optional<KnownCustomer> find(String customerId);

    /**
     * Applies one event's change, latest wins value by value.
     *
     * @return {@code false} when it changed nothing (a redelivery, or older than what the replica holds)
     */
    boolean apply(CustomerChange change, Stamp stamp);

    /**
     * Named customers one of whose name's words starts with each word of {@code query} (case ignored), by name, at
     * most {@link #SEARCH_LIMIT}.
     */
    List<KnownCustomer> search(String query);
}
