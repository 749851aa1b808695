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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer company and what happened to it. Every change is recorded as a {@link CustomerEvent} that the
 * repository stores together with the new state.
 *
 * <p>A change is given {@code now}, the instant it is recorded at, and {@code today}, the company's business day
 * at that instant (in the company's time zone, which the customer does not know): dates are checked against it.
 */
public final class Customer {

    public static final int MAX_NAME_LENGTH = 200;

    private final CustomerId id;
    private String name;
    private Significance significance;
    private CustomerProfile profile;
    private final List<SignificanceChange> significanceHistory;
    private final Instant registeredAt;
    private CustomerStatus status;
    private Loss loss;
    private final List<Purchase> purchases;
    private boolean loyal;
    private final List<ClubMembershipChange> clubHistory;
    private PointsAccount points;
    private final List<Reward> rewards;
    private final List<ProfileChange> profileChanges;
    private final long version;
    private final List<CustomerEvent> newEvents = new ArrayList<>();

    private Customer(CustomerState state) {
        this.id = Objects.requireNonNull(state.id(), "id");
        this.name = validName(state.name());
        this.significance = Objects.requireNonNull(state.significance(), "significance");
        this.profile = state.profile();
        this.significanceHistory = new ArrayList<>(state.significanceHistory());
        this.registeredAt = Objects.requireNonNull(state.registeredAt(), "registeredAt");
        this.status = Objects.requireNonNull(state.status(), "status");
        this.loss = state.loss();
        this.purchases = new ArrayList<>(state.purchases());
        this.loyal = state.loyal();
        this.clubHistory = new ArrayList<>(state.clubHistory());
        this.points = state.points();
        this.rewards = new ArrayList<>(state.rewards());
        this.profileChanges = new ArrayList<>(state.profileChanges());
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
        requireCooperationStarted(profile, today);
        Customer customer = new Customer(new CustomerState(id, name, significance, profile, List.of(), now, CustomerStatus.ACTIVE, null,
                List.of(), false, List.of(), PointsAccount.EMPTY, List.of(), List.of(), 0));
        customer.newEvents.add(new CustomerEvent.Registered(id, customer.name, significance, customer.profile, now));
        return customer;
    }

    /** Rebuilds a stored customer; raises no events. */
    public static Customer restore(CustomerState state) {
        return new Customer(state);
    }

    /** The customer's state as it is now, for storing. */
    public CustomerState state() {
        return new CustomerState(id, name, significance, profile, significanceHistory, registeredAt, status, loss, purchases, loyal,
                clubHistory, points, rewards, profileChanges, version);
    }

    /**
     * Makes the customer key or regular, keeping who did it, when and why.
     *
     * @throws RuleViolation when the significance would not change or no reason is given
     */
    public void changeSignificance(Significance to, String changedBy, String reason, Instant now) {
        if (to == significance) {
            throw new RuleViolation("significance", "significanceUnchanged", "The customer is already {0}", to);
        }
        SignificanceChange change = new SignificanceChange(significance, to, changedBy, now, reason);
        significanceHistory.add(change);
        significance = to;
        newEvents.add(new CustomerEvent.SignificanceChanged(id, change, now));
    }

    public CustomerProfile profile() {
        return profile;
    }

    /**
     * Corrects or updates the name and profile, keeping who did it, when and which fields changed. Sending what
     * is already there changes nothing and records nothing.
     *
     * @return whether anything changed
     * @throws RuleViolation when the name is missing or cooperation is said to start in the future
     */
    public boolean updateProfile(String newName, CustomerProfile newProfile, String changedBy, LocalDate today, Instant now) {
        String validName = validName(newName);
        requireCooperationStarted(newProfile, today);
        List<String> changed = new ArrayList<>();
        if (!validName.equals(name)) {
            changed.add("name");
        }
        changed.addAll(profile.fieldsDifferentFrom(newProfile));
        if (changed.isEmpty()) {
            return false;
        }
        this.name = validName;
        this.profile = newProfile;
        ProfileChange change = new ProfileChange(changed, changedBy, now);
        profileChanges.add(change);
        newEvents.add(new CustomerEvent.ProfileChanged(id, validName, newProfile, change, now));
        return true;
    }

    public List<ProfileChange> profileChanges() {
        return List.copyOf(profileChanges);
    }

    public List<SignificanceChange> significanceHistory() {
        return List.copyOf(significanceHistory);
    }

    /**
     * @throws CustomerAlreadyLost when the customer is already lost
     * @throws RuleViolation       when the loss is dated in the future or before the customer was registered
     */
    public void recordLoss(Loss newLoss, LocalDate today, Instant now) {
        if (status == CustomerStatus.LOST) {
            throw new CustomerAlreadyLost(id, loss);
        }
        if (newLoss.lostOn().isAfter(today)) {
            throw new RuleViolation("lostOn", "lossInFuture", "A loss cannot be dated in the future ({0})", newLoss.lostOn().toString());
        }
        this.status = CustomerStatus.LOST;
        this.loss = newLoss;
        newEvents.add(new CustomerEvent.Lost(id, name, significance, newLoss, now));
        if (loyal) {
            // A lost customer is not loyal, whatever it bought before.
            loyal = false;
            newEvents.add(new CustomerEvent.LoyaltyLapsed(id, significance, newLoss.lostOn(), now));
        }
    }

    /**
     * Records a purchase. A lost customer buying again after its loss is regained; loyalty is reviewed.
     *
     * @throws RuleViolation when the purchase is dated in the future or before the customer was registered
     */
    public void recordPurchase(Purchase purchase, LoyaltyRule rule, ProgrammeTerms programme, LocalDate today, Instant now) {
        if (purchase.date().isAfter(today)) {
            throw new RuleViolation("date", "purchaseInFuture", "A purchase cannot be dated in the future ({0})", purchase.date().toString());
        }
        purchases.add(purchase);
        newEvents.add(new CustomerEvent.PurchaseMade(id, purchase, now));
        long earned = programme.pointsFor(purchase.amount());
        if (earned > 0) {
            PointsAccount.Accrual accrual = new PointsAccount.Accrual(purchase.purchaseId(), purchase.date(), earned,
                    programme.expiryFor(purchase.date()));
            points = points.with(accrual);
            newEvents.add(new CustomerEvent.PointsAccrued(id, accrual, points.standingOn(today, programme), now));
        }
        if (status == CustomerStatus.LOST && !purchase.date().isBefore(loss.lostOn())) {
            status = CustomerStatus.ACTIVE;
            newEvents.add(new CustomerEvent.Regained(id, name, significance, loss, purchase, now));
        }
        reviewLoyalty(rule, today, now);
    }

    /**
     * Applies the loyalty rule as of a day (on every change, and for everyone at the turn of the year) and
     * records a change of loyalty as an event.
     */
    public void reviewLoyalty(LoyaltyRule rule, LocalDate asOf, Instant now) {
        Set<Integer> years = purchases.stream().map(Purchase::year).collect(Collectors.toSet());
        boolean nowLoyal = rule.isLoyal(years, status == CustomerStatus.LOST, isClubMember(), asOf);
        if (nowLoyal && !loyal) {
            newEvents.add(new CustomerEvent.BecameLoyal(id, significance, asOf, now));
        } else if (!nowLoyal && loyal) {
            newEvents.add(new CustomerEvent.LoyaltyLapsed(id, significance, asOf, now));
        }
        loyal = nowLoyal;
    }

    public boolean isLoyal() {
        return loyal;
    }

    public boolean isClubMember() {
        return !clubHistory.isEmpty() && clubHistory.get(clubHistory.size() - 1).member();
    }

    /**
     * Takes the customer into the loyal-customers' club, or out of it; loyalty is reviewed.
     *
     * @throws RuleViolation when nothing would change, or a lost customer would join
     */
    public void changeClubMembership(boolean member, String changedBy, LoyaltyRule rule, LocalDate today, Instant now) {
        if (member == isClubMember()) {
            throw member ? new RuleViolation("member", "alreadyInClub", "The customer is already in the club")
                    : new RuleViolation("member", "notInClub", "The customer is not in the club");
        }
        if (member && status == CustomerStatus.LOST) {
            throw new RuleViolation("member", "lostCannotJoin", "A lost customer cannot join the club; win it back first");
        }
        clubHistory.add(new ClubMembershipChange(member, changedBy, now));
        newEvents.add(new CustomerEvent.ClubMembershipChanged(id, member, changedBy, now));
        reviewLoyalty(rule, today, now);
    }

    public List<ClubMembershipChange> clubHistory() {
        return List.copyOf(clubHistory);
    }

    /**
     * Spends points against an invoice; the soonest-expiring points go first.
     *
     * @throws RuleViolation when the customer is lost or has fewer spendable points
     */
    public PointsAccount.Redemption redeemPoints(long pointsToSpend, String reference, String redeemedBy, ProgrammeTerms programme,
                                                 LocalDate today, Instant now) {
        if (status == CustomerStatus.LOST) {
            throw new RuleViolation("points", "lostCannotSpend", "A lost customer cannot spend points; win it back first");
        }
        long spendable = points.spendableOn(today);
        if (pointsToSpend > spendable) {
            throw new RuleViolation("points", "notEnoughPoints", "Only {0} points can be spent on {1}", spendable, today.toString());
        }
        PointsAccount.Redemption redemption = new PointsAccount.Redemption(UUID.randomUUID().toString(), today, pointsToSpend,
                programme.valueOf(Math.max(pointsToSpend, 0)), reference, redeemedBy);
        points = points.with(redemption);
        newEvents.add(new CustomerEvent.PointsRedeemed(id, redemption, points.spendableOn(today), now));
        return redemption;
    }

    /** @throws RuleViolation when the reward is dated more than a year ahead */
    public void grantReward(Reward reward, LocalDate today, Instant now) {
        if (reward.grantedOn().isAfter(today.plusYears(1))) {
            throw new RuleViolation("grantedOn", "rewardTooFarAhead", "A reward is granted within a year from today");
        }
        rewards.add(reward);
        newEvents.add(new CustomerEvent.RewardGranted(id, reward, now));
    }

    public List<Reward> rewards() {
        return List.copyOf(rewards);
    }

    public PointsAccount points() {
        return points;
    }

    /** Points, tier and discount as of a day, under the programme's terms. */
    public PointsAccount.Standing pointsStanding(ProgrammeTerms programme, LocalDate asOf) {
        return points.standingOn(asOf, programme);
    }

    public List<Purchase> purchases() {
        return List.copyOf(purchases);
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
        return name;
    }

    public Significance significance() {
        return significance;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public CustomerStatus status() {
        return status;
    }

    public Optional<Loss> loss() {
        return Optional.ofNullable(loss);
    }

    /** Optimistic-locking version of the stored state this customer was loaded from. */
    public long version() {
        return version;
    }

    private static void requireCooperationStarted(CustomerProfile profile, LocalDate today) {
        if (profile.cooperationSince() != null && profile.cooperationSince().isAfter(today)) {
            throw new RuleViolation("cooperationSince", "cooperationInFuture", "Cooperation cannot start in the future");
        }
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "nameRequired", "A customer needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("name", "tooLong", "At most {0} characters", MAX_NAME_LENGTH);
        }
        return stripped;
    }
}
