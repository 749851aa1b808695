package org.atelier.loyalty.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

/**
 * The rules of the loyalty programme that marketing sets: how purchases earn points, what a point is worth,
 * when points expire, and the bonus-discount scale.
 *
 * <p>Every purchase earns points twice over, into two separate counts: <em>spendable</em> points, which the
 * customer redeems and which expire {@code pointsExpireAfterMonths} after the purchase; and <em>tier</em>
 * points, which are never spent and decide the discount tier over the last {@code tierWindowMonths}. Spending
 * points therefore never costs a customer its tier.
 *
 * @param currency              purchases in this currency earn points; others earn none
 * @param accrualPoints         points earned for each full {@code accrualStepMinorUnits} spent
 * @param accrualStepMinorUnits the spend, in minor units, that earns {@code accrualPoints}
 * @param pointValueMinorUnits  what one redeemed point takes off an invoice, in minor units
 */
public record ProgrammeTerms(Currency currency, int accrualPoints, long accrualStepMinorUnits, long pointValueMinorUnits,
                             int pointsExpireAfterMonths, int tierWindowMonths, List<DiscountTier> tiers) {

    public static final int MAX_TIERS = 10;
    public static final int MAX_MONTHS = 120;
    /** Bounds that keep every balance, sum and value far inside a long. */
    public static final long MAX_STEP_MINOR_UNITS = 1_000_000_000_000L;
    public static final long MAX_POINT_VALUE_MINOR_UNITS = 100_000_000L;
    public static final long MAX_POINTS_PER_PURCHASE = 1_000_000_000_000L;

    /** A starting point: 1 point per 100.00 RUB, a point is worth 1.00 RUB, 24 months to spend, tiers over 12 months. */
    public static final ProgrammeTerms DEFAULT = new ProgrammeTerms(Currency.getInstance("RUB"), 1, 10_000, 100, 24, 12, List.of(
            new DiscountTier("Base", 0, 0), new DiscountTier("Silver", 1_000, 3), new DiscountTier("Gold", 5_000, 5),
            new DiscountTier("Platinum", 20_000, 10)));

    public ProgrammeTerms {
        Objects.requireNonNull(currency, "currency");
        if (accrualPoints < 1 || accrualPoints > 1_000) {
            throw new RuleViolation("accrualPoints", "accrualPointsRange", "Points earned per step are from 1 to 1000");
        }
        if (accrualStepMinorUnits < 1 || accrualStepMinorUnits > MAX_STEP_MINOR_UNITS) {
            throw new RuleViolation("accrualStepMinorUnits", "accrualStepRange", "The spend that earns points is more than zero and at most {0} in minor units",
                    MAX_STEP_MINOR_UNITS);
        }
        if (pointValueMinorUnits < 1 || pointValueMinorUnits > MAX_POINT_VALUE_MINOR_UNITS) {
            throw new RuleViolation("pointValueMinorUnits", "pointValueRange", "A point is worth more than zero and at most {0} in minor units",
                    MAX_POINT_VALUE_MINOR_UNITS);
        }
        if (pointsExpireAfterMonths < 1 || pointsExpireAfterMonths > MAX_MONTHS) {
            throw new RuleViolation("pointsExpireAfterMonths", "expiryRange", "Points expire after 1 to {0} months", MAX_MONTHS);
        }
        if (tierWindowMonths < 1 || tierWindowMonths > MAX_MONTHS) {
            throw new RuleViolation("tierWindowMonths", "windowRange", "Tier points are counted over 1 to {0} months", MAX_MONTHS);
        }
        tiers = sortedScale(tiers);
    }

    /**
     * Points a purchase earns: whole steps only, so 199.99 at 1 point per 100.00 earns 1.
     *
     * @throws RuleViolation when one purchase would earn more than {@link #MAX_POINTS_PER_PURCHASE}
     */
    public long pointsFor(Money amount) {
        if (!amount.currency().equals(currency) || !amount.isPositive()) {
            return 0;
        }
        long steps = amount.minorUnits() / accrualStepMinorUnits;
        if (steps > MAX_POINTS_PER_PURCHASE / accrualPoints) {
            throw new RuleViolation("amountMinor", "tooManyPointsForPurchase", "One purchase earns at most {0} points", MAX_POINTS_PER_PURCHASE);
        }
        return steps * accrualPoints;
    }

    /** The first day on which points earned on the given day can no longer be spent. */
    public LocalDate expiryFor(LocalDate earnedOn) {
        return earnedOn.plusMonths(pointsExpireAfterMonths);
    }

    /** Whether points earned on a day still count toward the tier on {@code asOf}. */
    public boolean countsTowardTier(LocalDate earnedOn, LocalDate asOf) {
        return !earnedOn.isAfter(asOf) && earnedOn.isAfter(asOf.minusMonths(tierWindowMonths));
    }

    /** The highest tier the points reach, if any. */
    public Optional<DiscountTier> tierFor(long tierPoints) {
        DiscountTier reached = null;
        for (DiscountTier tier : tiers) {
            if (tier.thresholdPoints() <= tierPoints) {
                reached = tier;
            }
        }
        return Optional.ofNullable(reached);
    }

    /**
     * What redeeming the points takes off an invoice.
     *
     * @throws RuleViolation when the value would not fit an amount
     */
    public Money valueOf(long points) {
        try {
            return new Money(Math.multiplyExact(points, pointValueMinorUnits), currency);
        } catch (ArithmeticException tooLarge) {
            throw new RuleViolation("points", "tooManyPoints", "Too many points to value at once");
        }
    }

    private static List<DiscountTier> sortedScale(List<DiscountTier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw new RuleViolation("tiers", "tierRequired", "The scale needs at least one discount tier");
        }
        if (tiers.size() > MAX_TIERS) {
            throw new RuleViolation("tiers", "tooManyTiers", "The scale has at most {0} tiers", MAX_TIERS);
        }
        List<DiscountTier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparingLong(DiscountTier::thresholdPoints));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            DiscountTier tier = sorted.get(i);
            if (!names.add(tier.name().toLowerCase(Locale.ROOT))) {
                throw new RuleViolation("tiers", "tierNameTwice", "Two tiers are called ''{0}''", tier.name());
            }
            if (i > 0) {
                DiscountTier lower = sorted.get(i - 1);
                if (lower.thresholdPoints() == tier.thresholdPoints()) {
                    throw new RuleViolation("tiers", "tierThresholdTwice", "Tiers ''{0}'' and ''{1}'' have the same threshold", lower.name(), tier.name());
                }
                if (tier.discountPercent() < lower.discountPercent()) {
                    // A customer who buys more must never get less.
                    throw new RuleViolation("tiers", "tierDiscountDecreases", "Tier ''{0}'' needs more points than ''{1}'' but gives a smaller discount",
                            tier.name(), lower.name());
                }
            }
        }
        return List.copyOf(sorted);
    }
}
