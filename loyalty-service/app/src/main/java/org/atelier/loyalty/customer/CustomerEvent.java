package org.atelier.loyalty.customer;

import java.time.Instant;
import java.time.LocalDate;

/** Something that happened to a customer; what other departments and systems learn about. */
public sealed interface CustomerEvent {

    CustomerId customerId();

    Instant occurredAt();

    record Registered(CustomerId customerId, String name, Significance significance, CustomerProfile profile, Instant occurredAt)
            implements CustomerEvent {
    }

    record SignificanceChanged(CustomerId customerId, SignificanceChange change, Instant occurredAt) implements CustomerEvent {
    }

    record Lost(CustomerId customerId, String name, Significance significance, Loss loss, Instant occurredAt) implements CustomerEvent {
    }

    record ClubMembershipChanged(CustomerId customerId, boolean member, String changedBy, Instant occurredAt) implements CustomerEvent {
    }

    record PurchaseMade(CustomerId customerId, Purchase purchase, Instant occurredAt) implements CustomerEvent {
    }

    /** A lost customer bought again: the loss it comes back from is named. */
    record Regained(CustomerId customerId, String name, Significance significance, Loss previousLoss, Purchase purchase,
                    Instant occurredAt) implements CustomerEvent {
    }

    record BecameLoyal(CustomerId customerId, Significance significance, LocalDate asOf, Instant occurredAt) implements CustomerEvent {
    }

    record LoyaltyLapsed(CustomerId customerId, Significance significance, LocalDate asOf, Instant occurredAt) implements CustomerEvent {
    }
}
