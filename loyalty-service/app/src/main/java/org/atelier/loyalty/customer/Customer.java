package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.programme.ProgrammeTerms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer company and what happened to it. Every change is recorded as a {@link CustomerEvent} that the
 * repository stores together with the new state.
 *
 * <p>The aggregate root: it keeps each concern in a part of its own (profile, significance, relationship,
 * purchases and loyalty, club, points, rewards), asks the parts and their policies whether a change is allowed,
 * and raises the events; the whole customer is still stored as one document in one write.
 *
 * <p>A change is given {@code now}, the instant it is recorded at, and {@code today}, the company's business day
 * at that instant (in the company's time zone, which the customer does not know): dates are checked against it.
 */
public final class Customer {

    public static final int MAX_NAME_LENGTH = 200;

    private final CustomerId id;
    private final Instant registeredAt;
    private final ProfileRecord profile;
    private final SignificanceRecord significance;
    private final Relationship relationship;
    private final PurchaseHistory purchases;
    private final ClubMembership club;
    private PointsAccount points;
    private final Rewards rewards;
    private final long version;
    private final List<CustomerEvent> newEvents = new ArrayList<>();

    private Customer(CustomerState state) {
        this.id = Objects.requireNonNull(state.id(), "id");
        this.profile = new ProfileRecord(state.name(), state.profile(), state.profileChanges());
        this.significance = new SignificanceRecord(state.significance(), state.significanceHistory());
        this.registeredAt = Objects.requireNonNull(state.registeredAt(), "registeredAt");
        this.relationship = new Relationship(state.status(), state.loss(), state.withdrawnLosses());
        this.purchases = new PurchaseHistory(state.purchases(), state.purchaseReversals(), state.loyal());
        this.club = new ClubMembership(state.clubHistory());
        this.points = state.points();
        this.rewards = new Rewards(state.rewards());
        this.version = state.version();
    }

    public static Customer register(CustomerId id, String name, Significance significance, Instant now) {
        // No profile, so no day to check against.
        return register(id, name, significance, CustomerProfile.EMPTY, LocalDate.MAX, now);
    }

    /**
     * @param today the company's business day at {@code now}
     * @throws RuleViolation when cooperation is said to start in the future
     */
    public static Customer register(CustomerId id, String name, Significance significance, CustomerProfile profile, LocalDate today,
                                    Instant now) {
        BusinessDatePolicy.cooperationSince(profile, today).ifPresent(Policy::refuse);
        Customer customer = new Customer(new CustomerState(id, name, significance, profile, List.of(), now, CustomerStatus.ACTIVE, null,
                List.of(), false, List.of(), PointsAccount.EMPTY, List.of(), List.of(), 0));
        customer.newEvents.add(new CustomerEvent.Registered(id, customer.name(), significance, customer.profile(), now));
        return customer;
    }

    /** Rebuilds a stored customer; raises no events. */
    public static Customer restore(CustomerState state) {
        return new Customer(state);
    }

    /** The customer's state as it is now, for storing. */
    public CustomerState state() {
        return new CustomerState(id, name(), significance(), profile(), significanceHistory(), registeredAt, status(),
                relationship.loss().orElse(null), purchases(), isLoyal(), clubHistory(), points, rewards(), profileChanges(), version,
                purchaseReversals(), withdrawnLosses());
    }

    /**
     * Makes the customer key or regular, keeping who did it, when and why.
     *
     * @throws RuleViolation when the significance would not change or no reason is given
     */
    public void changeSignificance(Significance to, String changedBy, String reason, Instant now) {
        SignificanceChange change = significance.change(to, changedBy, reason, now);
        newEvents.add(new CustomerEvent.SignificanceChanged(id, change, now));
    }

    /**
     * Corrects or updates the name and profile, keeping who did it, when and which fields changed. Sending what
     * is already there changes nothing and records nothing.
     *
     * @return whether anything changed
     * @throws RuleViolation when the name is missing or cooperation is said to start in the future
     */
    public boolean updateProfile(String newName, CustomerProfile newProfile, String changedBy, LocalDate today, Instant now) {
        Optional<ProfileChange> change = profile.update(newName, newProfile, changedBy, today, now);
        change.ifPresent(recorded -> newEvents.add(new CustomerEvent.ProfileChanged(id, name(), newProfile, recorded, now)));
        return change.isPresent();
    }

    /**
     * @throws CustomerAlreadyLost when the customer is already lost
     * @throws RuleViolation       when the loss is dated in the future or before the customer was registered
     */
    public void recordLoss(Loss newLoss, LocalDate today, Instant now) {
        relationship.lose(id, newLoss, today);
        newEvents.add(new CustomerEvent.Lost(id, name(), significance(), newLoss, now));
        if (purchases.lapse()) {
            newEvents.add(new CustomerEvent.LoyaltyLapsed(id, significance(), newLoss.lostOn(), now));
        }
    }

    /**
     * Records a purchase. A lost customer buying again after its loss is regained; loyalty is reviewed.
     *
     * @throws RuleViolation when the purchase is dated in the future or before the customer was registered
     */
    public void recordPurchase(Purchase purchase, LoyaltyRule rule, ProgrammeTerms programme, LocalDate today, Instant now) {
        BusinessDatePolicy.purchasedOn(purchase, today).ifPresent(Policy::refuse);
        purchases.add(purchase);
        newEvents.add(new CustomerEvent.PurchaseMade(id, purchase, now));
        long earned = programme.pointsFor(purchase.amount());
        if (earned > 0) {
            PointsAccount.Accrual accrual = new PointsAccount.Accrual(purchase.purchaseId(), purchase.date(), earned,
                    programme.expiryFor(purchase.date()));
            points = points.with(accrual);
            newEvents.add(new CustomerEvent.PointsAccrued(id, accrual, points.standingOn(today, programme), now));
        }
        if (relationship.regainedBy(purchase)) {
            newEvents.add(new CustomerEvent.Regained(id, name(), significance(), relationship.loss().orElseThrow(), purchase, now));
        }
        reviewLoyalty(rule, today, now);
    }

    /**
     * Takes back a purchase recorded by mistake: it no longer counts for loyalty or a win-back, and the points it earned
     * come off the spendable balance and the tier points. Points of it already spent cannot be taken back (the balance
     * never goes below zero): how many is recorded, for finance to settle with the customer if it must.
     *
     * @throws RuleViolation when the customer has no such purchase, it is reversed already, or no reason is given
     */
    public PurchaseReversal reversePurchase(String purchaseId, String reversedBy, String reason, LoyaltyRule rule, ProgrammeTerms programme,
                                            LocalDate today, Instant now) {
        Purchase purchase = purchases.reversible(purchaseId);
        long earned = points.accruals().stream().filter(accrual -> accrual.purchaseId().equals(purchaseId))
                .mapToLong(PointsAccount.Accrual::points).sum();
        long spendableBefore = points.spendableOn(today);
        PointsAccount after = points.withoutAccrualOf(purchaseId);
        long takenBack = spendableBefore - after.spendableOn(today);
        PurchaseReversal reversal = new PurchaseReversal(purchaseId, reversedBy, reason, now, takenBack, earned - takenBack);
        points = after;
        purchases.reverse(reversal);
        boolean winBackUndone = relationship.undoWinBackUnless(relationship.loss()
                .map(loss -> purchases.standing().stream().anyMatch(p -> !p.date().isBefore(loss.lostOn()))).orElse(true));
        PointsAccount.Standing standing = points.standingOn(today, programme);
        newEvents.add(new CustomerEvent.PurchaseReversed(id, purchase, reversal, standing.spendable(), standing.tierPoints(), winBackUndone, now));
        // Lost again, or fewer years of purchases: either may end its loyalty.
        reviewLoyalty(rule, today, now);
        return reversal;
    }

    /**
     * Takes back the loss of a lost customer, recorded by mistake: it is active again, as before the loss, and its
     * loyalty is reviewed (the loss had made it lapse). The loss stays in the history, marked withdrawn.
     *
     * @throws RuleViolation when the customer is not lost, or no reason is given
     */
    public WithdrawnLoss withdrawLoss(String withdrawnBy, String reason, LoyaltyRule rule, LocalDate today, Instant now) {
        WithdrawnLoss withdrawal = relationship.withdraw(withdrawnBy, reason, now);
        newEvents.add(new CustomerEvent.LossWithdrawn(id, name(), withdrawal, now));
        reviewLoyalty(rule, today, now);
        return withdrawal;
    }

    /**
     * Applies the loyalty rule as of a day (on every change, and for everyone at the turn of the year) and
     * records a change of loyalty as an event.
     */
    public void reviewLoyalty(LoyaltyRule rule, LocalDate asOf, Instant now) {
        if (purchases.review(rule, relationship.isLost(), isClubMember(), asOf)) {
            newEvents.add(isLoyal() ? new CustomerEvent.BecameLoyal(id, significance(), asOf, now)
                    : new CustomerEvent.LoyaltyLapsed(id, significance(), asOf, now));
        }
    }

    /**
     * Takes the customer into the loyal-customers' club, or out of it; loyalty is reviewed.
     *
     * @throws RuleViolation when nothing would change, or a lost customer would join
     */
    public void changeClubMembership(boolean member, String changedBy, LoyaltyRule rule, LocalDate today, Instant now) {
        club.change(member, changedBy, status(), now);
        newEvents.add(new CustomerEvent.ClubMembershipChanged(id, member, changedBy, now));
        reviewLoyalty(rule, today, now);
    }

    /**
     * Spends points against an invoice; the soonest-expiring points go first.
     *
     * @throws RuleViolation when the customer is lost or has fewer spendable points
     */
    public PointsAccount.Redemption redeemPoints(long pointsToSpend, String reference, String redeemedBy, ProgrammeTerms programme,
                                                 LocalDate today, Instant now) {
        RedemptionPolicy.check(pointsToSpend, status(), points.spendableOn(today), today).ifPresent(Policy::refuse);
        PointsAccount.Redemption redemption = new PointsAccount.Redemption(UUID.randomUUID().toString(), today, pointsToSpend,
                programme.valueOf(Math.max(pointsToSpend, 0)), reference, redeemedBy);
        points = points.with(redemption);
        newEvents.add(new CustomerEvent.PointsRedeemed(id, redemption, points.spendableOn(today), now));
        return redemption;
    }

    /** @throws RuleViolation when the reward is dated more than a year ahead */
    public void grantReward(Reward reward, LocalDate today, Instant now) {
        rewards.grant(reward, today);
        newEvents.add(new CustomerEvent.RewardGranted(id, reward, now));
    }

    /** Points, tier and discount as of a day, under the programme's terms. */
    public PointsAccount.Standing pointsStanding(ProgrammeTerms programme, LocalDate asOf) {
        return points.standingOn(asOf, programme);
    }

    /** Events raised since the customer was loaded or registered, oldest first. */
    public List<CustomerEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    /** True until the customer has been stored once. */
    public boolean isNew() {
        return version == 0;
    }

    public CustomerId id() {
        return id;
    }

    public String name() {
        return profile.name();
    }

    public CustomerProfile profile() {
        return profile.profile();
    }

    public List<ProfileChange> profileChanges() {
        return profile.changes();
    }

    public Significance significance() {
        return significance.current();
    }

    public List<SignificanceChange> significanceHistory() {
        return significance.history();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public CustomerStatus status() {
        return relationship.status();
    }

    public Optional<Loss> loss() {
        return relationship.loss();
    }

    public List<Purchase> purchases() {
        return purchases.purchases();
    }

    /** The day of the latest purchase that stands (not reversed), if it ever bought. */
    public Optional<LocalDate> lastPurchaseOn() {
        return purchases.standing().stream().map(Purchase::date).max(LocalDate::compareTo);
    }

    /** Purchases taken back as mistakes; each purchase itself stays in {@link #purchases()}. */
    public List<PurchaseReversal> purchaseReversals() {
        return purchases.reversals();
    }

    public boolean isReversed(Purchase purchase) {
        return purchases.isReversed(purchase.purchaseId());
    }

    /** Losses taken back as mistakes, oldest first. */
    public List<WithdrawnLoss> withdrawnLosses() {
        return relationship.withdrawn();
    }

    public boolean isLoyal() {
        return purchases.isLoyal();
    }

    public boolean isClubMember() {
        return club.isMember();
    }

    public List<ClubMembershipChange> clubHistory() {
        return club.history();
    }

    public PointsAccount points() {
        return points;
    }

    public List<Reward> rewards() {
        return rewards.all();
    }

    /** Optimistic-locking version of the stored state this customer was loaded from. */
    public long version() {
        return version;
    }
}
