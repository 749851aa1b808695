package org.atelier.loyalty.customer;

import java.time.Instant;
import java.util.List;
import org.atelier.loyalty.programme.PointsAccount;

/**
 * Everything a stored customer is made of, to rebuild it with {@link Customer#restore(CustomerState)}.
 *
 * @param loss    null unless the customer was ever lost
 * @param version the stored version, for optimistic locking
 * @param purchaseReversals purchases taken back as mistakes; the purchases themselves stay in {@code purchases}
 * @param withdrawnLosses   losses taken back as mistakes, oldest first; {@code loss} is never one of them
 */
public record CustomerState(CustomerId id, String name, Significance significance, CustomerProfile profile,
                            List<SignificanceChange> significanceHistory, Instant registeredAt, CustomerStatus status, Loss loss,
                            List<Purchase> purchases, boolean loyal, List<ClubMembershipChange> clubHistory, PointsAccount points,
                            List<Reward> rewards, List<ProfileChange> profileChanges, long version,
                            List<PurchaseReversal> purchaseReversals, List<WithdrawnLoss> withdrawnLosses) {

    /** A customer that never had a record corrected. */
    public CustomerState(CustomerId id, String name, Significance significance, CustomerProfile profile,
                         List<SignificanceChange> significanceHistory, Instant registeredAt, CustomerStatus status, Loss loss,
                         List<Purchase> purchases, boolean loyal, List<ClubMembershipChange> clubHistory, PointsAccount points,
                         List<Reward> rewards, List<ProfileChange> profileChanges, long version) {
        this(id, name, significance, profile, significanceHistory, registeredAt, status, loss, purchases, loyal, clubHistory, points,
                rewards, profileChanges, version, List.of(), List.of());
    }

    public CustomerState {
        profile = profile == null ? CustomerProfile.EMPTY : profile;
        significanceHistory = significanceHistory == null ? List.of() : List.copyOf(significanceHistory);
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        clubHistory = clubHistory == null ? List.of() : List.copyOf(clubHistory);
        points = points == null ? PointsAccount.EMPTY : points;
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
        profileChanges = profileChanges == null ? List.of() : List.copyOf(profileChanges);
        purchaseReversals = purchaseReversals == null ? List.of() : List.copyOf(purchaseReversals);
        withdrawnLosses = withdrawnLosses == null ? List.of() : List.copyOf(withdrawnLosses);
    }
}
