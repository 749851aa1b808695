package org.atelier.claims.bonus;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;

/**
 * The money of a decided claim: the recognised shortfall S, the deduction D from the guilty department, the
 * compensation C to the claimant and the pool share D − C, computed by the year's {@link BonusPolicy}. Shown before
 * management confirms the decision, and recorded with it.
 */
public record Settlement(Outcome outcome, Money recognisedShortfall, Money deduction, Money compensation, Money poolShare) {

    /**
     * @param claimedShortfall   what the claim asked for
     * @param recognisedShortfall S; only read for PARTIALLY_UPHELD (UPHELD recognises the claim, REJECTED nothing)
     * @param deduction          D as management adjusted it; null for the policy's proposal
     * @throws RuleViolation when S or D is outside its bounds
     */
    public static Settlement compute(BonusPolicy policy, Outcome outcome, Money claimedShortfall, Long recognisedShortfall, Long deduction) {
        Currency currency = claimedShortfall.currency();
        long s = switch (outcome) {
            case UPHELD -> claimedShortfall.minorUnits();
            case REJECTED -> 0;
            case PARTIALLY_UPHELD -> {
                if (recognisedShortfall == null || recognisedShortfall <= 0 || recognisedShortfall >= claimedShortfall.minorUnits()) {
                    throw new RuleViolation("recognisedShortfallMinor", "partialShortfall",
                            "A partially upheld claim recognises more than 0 and less than the claimed {0} minor units",
                            String.valueOf(claimedShortfall.minorUnits()));
                }
                yield recognisedShortfall;
            }
        };
        long d;
        if (outcome == Outcome.REJECTED) {
            if (deduction != null && deduction != 0) {
                throw new RuleViolation("deductionMinor", "rejectedMovesNothing", "A rejected claim moves no money");
            }
            d = 0;
        } else if (deduction == null) {
            d = policy.proposedDeduction(s);
        } else {
            if (deduction < 0 || deduction > s) {
                throw new RuleViolation("deductionMinor", "deductionRange", "The deduction is from 0 to the recognised shortfall, {0} minor units",
                        String.valueOf(s));
            }
            d = deduction;
        }
        long c = policy.compensation(s, d);
        return new Settlement(outcome, new Money(s, currency), new Money(d, currency), new Money(c, currency), new Money(d - c, currency));
    }

    /**
     * The postings of the decision: DEDUCTION −D from the guilty department, COMPENSATION +C to the claimant,
     * POOL_TRANSFER +(D − C) to the annual pool; zero amounts are left out. They sum to zero.
     */
    public List<LedgerEntry> entries(String claimantDepartment, String respondentDepartment) {
        List<LedgerEntry> entries = new ArrayList<>();
        if (deduction.isPositive()) {
            entries.add(new LedgerEntry(LedgerEntry.Kind.DEDUCTION, respondentDepartment, deduction.negate()));
        }
        if (compensation.isPositive()) {
            entries.add(new LedgerEntry(LedgerEntry.Kind.COMPENSATION, claimantDepartment, compensation));
        }
        if (poolShare.isPositive()) {
            entries.add(new LedgerEntry(LedgerEntry.Kind.POOL_TRANSFER, LedgerEntry.ANNUAL_POOL, poolShare));
        }
        return List.copyOf(entries);
    }
}
