package org.atelier.claims.bonus;

import java.time.Instant;
import org.atelier.claims.common.RuleViolation;

/**
 * How an upheld claim moves bonus money in one year, in basis points (10 000 = 100 %). Compensation and
 * redistribution stay strictly below 10 000 so that the claimant never gets the whole shortfall back nor the whole
 * deduction; the deduction may take up to the whole recognised shortfall.
 *
 * @param deductionRatio      the share of the recognised shortfall proposed as the guilty department's deduction
 * @param compensationRatio   the claimant's compensation at most, as a share of the recognised shortfall
 * @param redistributionRatio the claimant's compensation at most, as a share of the deduction
 */
public record BonusPolicy(int year, int deductionRatio, int compensationRatio, int redistributionRatio, String setBy, Instant setAt) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int FULL = 10_000;
    public static final int DEFAULT_RATIO = 5_000;

    public BonusPolicy {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "yearRange", "A year between {0} and {1}", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        requireRatio("deductionRatio", deductionRatio, FULL);
        requireRatio("compensationRatio", compensationRatio, FULL - 1);
        requireRatio("redistributionRatio", redistributionRatio, FULL - 1);
    }

    /** The policy of a year nobody has set one for: the defaults of the domain. */
    public static BonusPolicy defaults(int year) {
        return new BonusPolicy(year, DEFAULT_RATIO, DEFAULT_RATIO, DEFAULT_RATIO, null, null);
    }

    /** The deduction proposed for a recognised shortfall: floor(S × deductionRatio / 10 000), so 0 ≤ D ≤ S. */
    public long proposedDeduction(long recognisedShortfall) {
        return BasisPoints.floorShare(recognisedShortfall, deductionRatio);
    }

    /**
     * The claimant's compensation: min(floor(S × compensationRatio / 10 000), floor(D × redistributionRatio / 10 000)).
     * Both ratios are below 10 000, so C &lt; S when S &gt; 0 and C &lt; D when D &gt; 0.
     */
    public long compensation(long recognisedShortfall, long deduction) {
        return Math.min(BasisPoints.floorShare(recognisedShortfall, compensationRatio), BasisPoints.floorShare(deduction, redistributionRatio));
    }

    private static void requireRatio(String field, int ratio, int max) {
        if (ratio < 0 || ratio > max) {
            throw new RuleViolation(field, "ratioRange", "A ratio in basis points from 0 to {0}", String.valueOf(max));
        }
    }
}
