package org.atelier.claims.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;

/** The money rules of an upheld claim over many generated policies, shortfalls and deductions. */
class SettlementPropertiesTest {

    record Case(BonusPolicy policy, long claimed, long recognised, Long deduction) {
    }

    @Provide
    Arbitrary<BonusPolicy> policies() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 9_999),
                Arbitraries.integers().between(0, 9_999)).as((d, c, r) -> new BonusPolicy(2026, d, c, r, null, null));
    }

    /** A claim, the shortfall recognised of it, and either the proposed deduction (null) or one chosen within 0…S. */
    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> claimed = Arbitraries.oneOf(Arbitraries.longs().between(1, 100_000),
                Arbitraries.longs().between(1, Money.MAX_MINOR_UNITS));
        return Combinators.combine(policies(), claimed, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.of(true, false)).as((policy, c, recognisedShare, deductionShare, propose) -> {
            long s = Math.max(0, Math.min(c, (long) (c * recognisedShare)));
            Long d = propose ? null : Math.min(s, (long) (s * deductionShare));
            return new Case(policy, c, s, d);
        });
    }

    private static Settlement settle(Case c) {
        Outcome outcome = c.recognised() == c.claimed() ? Outcome.UPHELD : c.recognised() == 0 ? Outcome.REJECTED : Outcome.PARTIALLY_UPHELD;
        return Settlement.compute(c.policy(), outcome, Money.of(c.claimed(), "RUB"), c.recognised(), outcome == Outcome.REJECTED ? null : c.deduction());
    }

    @Property(tries = 2000)
    void compensationIsBelowTheRecognisedShortfallWheneverThereIsOne(@ForAll("cases") Case c) {
        Settlement settlement = settle(c);

        if (settlement.recognisedShortfall().isPositive()) {
            assertThat(settlement.compensation().minorUnits()).isLessThan(settlement.recognisedShortfall().minorUnits());
        } else {
            assertThat(settlement.compensation().minorUnits()).isZero();
        }
    }

    @Property(tries = 2000)
    void compensationIsBelowTheDeductionWheneverThereIsOne(@ForAll("cases") Case c) {
        Settlement settlement = settle(c);

        if (settlement.deduction().isPositive()) {
            assertThat(settlement.compensation().minorUnits()).isLessThan(settlement.deduction().minorUnits());
        } else {
            assertThat(settlement.compensation().minorUnits()).isZero();
        }
    }

    @Property(tries = 2000)
    void thePoolGetsTheDeductionLessTheCompensationAndNothingIsNegative(@ForAll("cases") Case c) {
        Settlement settlement = settle(c);

        assertThat(settlement.poolShare().minorUnits()).isEqualTo(settlement.deduction().minorUnits() - settlement.compensation().minorUnits());
        assertThat(List.of(settlement.compensation(), settlement.deduction(), settlement.poolShare())).allMatch(m -> m.minorUnits() >= 0);
        assertThat(settlement.deduction().minorUnits()).isLessThanOrEqualTo(settlement.recognisedShortfall().minorUnits());
    }

    @Property(tries = 2000)
    void everyDecisionsEntriesSumToZeroSoNoMinorUnitIsCreatedOrLost(@ForAll("cases") Case c) {
        Settlement settlement = settle(c);
        List<LedgerEntry> entries = settlement.entries("sales", "production");

        assertThat(entries.stream().mapToLong(e -> e.amount().minorUnits()).sum()).isZero();
        assertThat(entries).filteredOn(e -> e.kind() == LedgerEntry.Kind.DEDUCTION)
                .allMatch(e -> e.account().equals("production") && e.amount().minorUnits() == -settlement.deduction().minorUnits());
    }

    @Property(tries = 1000)
    void manyDecisionsKeepTheLedgerBalanced(@ForAll("decisionRuns") List<Case> run) {
        long balance = run.stream().map(SettlementPropertiesTest::settle).flatMap(s -> s.entries("sales", "production").stream())
                .mapToLong(e -> e.amount().minorUnits()).sum();

        assertThat(balance).isZero();
    }

    @Provide
    Arbitrary<List<Case>> decisionRuns() {
        return cases().list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 2000)
    void theProposedDeductionIsTheFloorOfTheShareExactlyAsIfComputedWithoutOverflow(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long shortfall, @ForAll @IntRange(min = 0, max = 10_000) int ratio) {
        BonusPolicy policy = new BonusPolicy(2026, ratio, 0, 0, null, null);
        long expected = java.math.BigInteger.valueOf(shortfall).multiply(java.math.BigInteger.valueOf(ratio))
                .divide(java.math.BigInteger.valueOf(10_000)).longValueExact();

        assertThat(policy.proposedDeduction(shortfall)).isEqualTo(expected);
    }

    @Property
    void aPolicyWithACompensationOrRedistributionRatioOfTenThousandOrMoreIsRefused(
            @ForAll @IntRange(min = 10_000, max = Integer.MAX_VALUE) int ratio, @ForAll boolean compensation) {
        assertThatThrownBy(() -> new BonusPolicy(2026, 5_000, compensation ? ratio : 5_000, compensation ? 5_000 : ratio, null, null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo(compensation ? "compensationRatio" : "redistributionRatio");
    }

    @Property
    void aPolicyWithANegativeRatioOrADeductionAboveTheWholeIsRefused(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int negative,
                                                                     @ForAll @IntRange(min = 10_001, max = Integer.MAX_VALUE) int aboveWhole,
                                                                     @ForAll @IntRange(min = 0, max = 2) int which) {
        int d = which == 0 ? negative : which == 1 ? aboveWhole : 5_000;
        int c = which == 2 ? negative : 5_000;
        assertThatThrownBy(() -> new BonusPolicy(2026, d, c, 5_000, null, null)).isInstanceOf(RuleViolation.class);
    }
}
