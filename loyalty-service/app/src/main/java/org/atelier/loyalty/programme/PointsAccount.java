package org.atelier.loyalty.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

/**
 * A customer's points: what each purchase earned and what was redeemed. Balances are worked out from this
 * history for any day, so expiry needs no job that could miss a day.
 *
 * <p>A redemption spends the points that expire soonest first, which is what a customer expects and what
 * keeps the fewest points from expiring.
 */
public final class PointsAccount {

    public static final PointsAccount EMPTY = new PointsAccount(List.of(), List.of());

    /** Points earned by one purchase; spendable from {@code earnedOn} until the day before {@code expiresOn}. */
    public record Accrual(String purchaseId, LocalDate earnedOn, long points, LocalDate expiresOn) {

        public Accrual {
            Objects.requireNonNull(purchaseId, "purchaseId");
            Objects.requireNonNull(earnedOn, "earnedOn");
            Objects.requireNonNull(expiresOn, "expiresOn");
            if (points <= 0 || !expiresOn.isAfter(earnedOn)) {
                throw new IllegalArgumentException("An accrual earns points for at least a day");
            }
        }
    }

    /** Points spent against an invoice; {@code value} is what they took off it. */
    public record Redemption(String redemptionId, LocalDate redeemedOn, long points, Money value, String reference, String redeemedBy) {

        public static final int MAX_REFERENCE_LENGTH = 100;

        public Redemption {
            Objects.requireNonNull(redemptionId, "redemptionId");
            Objects.requireNonNull(redeemedOn, "redeemedOn");
            Objects.requireNonNull(value, "value");
            if (points <= 0) {
                throw new RuleViolation("points", "redeemAtLeastOne", "Redeem at least one point");
            }
            if (reference == null || reference.isBlank()) {
                throw new RuleViolation("reference", "redeemReferenceRequired", "Name the invoice or order the points are spent on");
            }
            reference = reference.strip();
            if (reference.length() > MAX_REFERENCE_LENGTH) {
                throw new RuleViolation("reference", "tooLong", "At most {0} characters", MAX_REFERENCE_LENGTH);
            }
        }
    }

    /**
     * Where a customer stands on a day.
     *
     * @param spendable      points that can be redeemed that day
     * @param tierPoints     points earned within the tier window, whatever was spent
     * @param expired        points that expired unspent by that day
     * @param nextExpiryOn   when the soonest spendable points expire, if any
     * @param nextExpiryPoints how many points expire then
     */
    public record Standing(long spendable, long tierPoints, Optional<DiscountTier> tier, long expired, Optional<LocalDate> nextExpiryOn,
                           long nextExpiryPoints) {

        public int discountPercent() {
            return tier.map(DiscountTier::discountPercent).orElse(0);
        }
    }

    private final List<Accrual> accruals;
    private final List<Redemption> redemptions;

    public PointsAccount(List<Accrual> accruals, List<Redemption> redemptions) {
        this.accruals = List.copyOf(accruals);
        this.redemptions = List.copyOf(redemptions);
    }

    public List<Accrual> accruals() {
        return accruals;
    }

    public List<Redemption> redemptions() {
        return redemptions;
    }

    public PointsAccount with(Accrual accrual) {
        List<Accrual> more = new ArrayList<>(accruals);
        more.add(accrual);
        return new PointsAccount(more, redemptions);
    }

    /**
     * The account as if the purchase had earned nothing: for a purchase reversed as a mistake. Redemptions stay as
     * they were (they took real value off real invoices); where they spent this purchase's points, replaying them
     * spends other points instead, as far as there are any, so the balance never goes below zero.
     */
    public PointsAccount withoutAccrualOf(String purchaseId) {
        return new PointsAccount(accruals.stream().filter(accrual -> !accrual.purchaseId().equals(purchaseId)).toList(), redemptions);
    }

    /** @throws RuleViolation when the customer has fewer spendable points on the day */
    public PointsAccount with(Redemption redemption) {
        long spendable = spendableOn(redemption.redeemedOn());
        if (redemption.points() > spendable) {
            throw new RuleViolation("points", "notEnoughPoints", "Only {0} points can be spent on {1}", spendable, redemption.redeemedOn().toString());
        }
        List<Redemption> more = new ArrayList<>(redemptions);
        more.add(redemption);
        return new PointsAccount(accruals, more);
    }

    public long spendableOn(LocalDate day) {
        return remainingAfterRedemptions(day).stream().filter(lot -> lot.usableOn(day)).mapToLong(Lot::remaining).sum();
    }

    public Standing standingOn(LocalDate day, ProgrammeTerms terms) {
        List<Lot> lots = remainingAfterRedemptions(day);
        long spendable = lots.stream().filter(lot -> lot.usableOn(day)).mapToLong(Lot::remaining).sum();
        long expired = lots.stream().filter(lot -> !lot.accrual.expiresOn().isAfter(day)).mapToLong(Lot::remaining).sum();
        long tierPoints = accruals.stream().filter(accrual -> terms.countsTowardTier(accrual.earnedOn(), day)).mapToLong(Accrual::points).sum();
        Optional<LocalDate> nextExpiry = lots.stream().filter(lot -> lot.usableOn(day) && lot.remaining > 0)
                .map(lot -> lot.accrual.expiresOn()).min(Comparator.naturalOrder());
        long expiringThen = nextExpiry.map(date -> lots.stream().filter(lot -> lot.usableOn(day) && lot.accrual.expiresOn().equals(date))
                .mapToLong(Lot::remaining).sum()).orElse(0L);
        return new Standing(spendable, tierPoints, terms.tierFor(tierPoints), expired, nextExpiry, expiringThen);
    }

    /** Replays the redemptions made up to the day, each spending the soonest-expiring points usable on its date. */
    private List<Lot> remainingAfterRedemptions(LocalDate day) {
        List<Lot> lots = accruals.stream().filter(accrual -> !accrual.earnedOn().isAfter(day)).map(Lot::new)
                .sorted(Comparator.comparing((Lot lot) -> lot.accrual.expiresOn()).thenComparing(lot -> lot.accrual.earnedOn()))
                .toList();
        redemptions.stream().filter(redemption -> !redemption.redeemedOn().isAfter(day))
                .sorted(Comparator.comparing(Redemption::redeemedOn))
                .forEach(redemption -> {
                    long toSpend = redemption.points();
                    for (Lot lot : lots) {
                        if (toSpend == 0) {
                            break;
                        }
                        if (lot.usableOn(redemption.redeemedOn())) {
                            long spent = Math.min(lot.remaining, toSpend);
                            lot.remaining -= spent;
                            toSpend -= spent;
                        }
                    }
                });
        return lots;
    }

    private static final class Lot {
        private final Accrual accrual;
        private long remaining;

        Lot(Accrual accrual) {
            this.accrual = accrual;
            this.remaining = accrual.points();
        }

        long remaining() {
            return remaining;
        }

        boolean usableOn(LocalDate day) {
            return !accrual.earnedOn().isAfter(day) && accrual.expiresOn().isAfter(day);
        }
    }
}
