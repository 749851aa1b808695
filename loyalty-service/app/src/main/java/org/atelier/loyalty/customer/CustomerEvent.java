package org.atelier.loyalty.customer;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.loyalty.programme.PointsAccount;

/** Something that happened to a customer; what other departments and systems learn about. */
public sealed interface CustomerEvent {

    CustomerId customerId();

    Instant occurredAt();

    record Registered(CustomerId customerId, String name, Significance significance, CustomerProfile profile, Instant occurredAt)
            implements CustomerEvent {
    }

    /** The name or profile was corrected or updated; carries the whole new profile and which fields changed. */
    record ProfileChanged(CustomerId customerId, String name, CustomerProfile profile, ProfileChange change, Instant occurredAt)
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

    /** A purchase earned points; {@code standing} is where the customer stands after it, as of the day recorded. */
    record PointsAccrued(CustomerId customerId, PointsAccount.Accrual accrual, PointsAccount.Standing standing, Instant occurredAt)
            implements CustomerEvent {
    }

    record PointsRedeemed(CustomerId customerId, PointsAccount.Redemption redemption, long spendableAfter, Instant occurredAt)
            implements CustomerEvent {
    }

    record RewardGranted(CustomerId customerId, Reward reward, Instant occurredAt) implements CustomerEvent {
    }

    /**
     * A purchase recorded by mistake was reversed; {@code spendableAfter} and {@code tierPointsAfter} are as of the day.
     *
     * @param winBackUndone the purchase had regained the customer and none left does: it is lost again
     */
    record PurchaseReversed(CustomerId customerId, Purchase purchase, PurchaseReversal reversal, long spendableAfter, long tierPointsAfter,
                            boolean winBackUndone, Instant occurredAt) implements CustomerEvent {
    }

    /** A loss recorded by mistake was withdrawn; the customer is active again. */
    record LossWithdrawn(CustomerId customerId, String name, WithdrawnLoss withdrawal, Instant occurredAt) implements CustomerEvent {
    }
}
