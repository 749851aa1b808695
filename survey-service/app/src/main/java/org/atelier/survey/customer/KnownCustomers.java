package org.atelier.survey.customer;

import java.util.Optional;

/** The customer replica. */
public interface KnownCustomers {

    Optional<KnownCustomer> find(String customerId);

    /**
     * Applies one event's change unless that event was applied already.
     *
     * @return {@code false} when the event had been applied before (a redelivery), nothing changed
     */
    boolean applyOnce(String eventId, CustomerChange change);
}
