package org.atelier.loyalty.customer;

import java.time.Instant;

/** Something that happened to a customer; what other departments and systems learn about. */
public sealed interface CustomerEvent {

    CustomerId customerId();

    Instant occurredAt();

    record Registered(CustomerId customerId, String name, Significance significance, Instant occurredAt) implements CustomerEvent {
    }

    record Lost(CustomerId customerId, String name, Significance significance, Loss loss, Instant occurredAt) implements CustomerEvent {
    }
}
