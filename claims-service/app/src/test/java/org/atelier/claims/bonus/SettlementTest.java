package org.atelier.claims.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the money rules, each computed by hand from the domain's definitions. */
class SettlementTest {

    private static final BonusPolicy DEFAULTS = BonusPolicy.defaults(2026);

    @ParameterizedTest(name = "S={0} with ratios d={1} c={2} r={3}: D={4} C={5} pool={6}")
    @CsvSource({
            // S,        d,     c,     r,    D,        C,       pool
            "100000,     5000,  5000,  5000, 50000,    25000,   25000",  // the defaults: half deducted, a quarter back, a quarter to the pool
            "1,          5000,  5000,  5000, 0,        0,       0",      // floor(0.5) = 0: a single kopeck moves nothing
            "3,          5000,  5000,  5000, 1,        0,       1",      // D = floor(1.5) = 1, C = min(floor(1.5), floor(0.5)) = 0
            "10000,      10000, 9999,  9999, 10000,    9999,    1",      // the most the policy allows still leaves 1 to the pool
            "9999,       10000, 9999,  9999, 9999,     9998,    1",      // floor(9999 × 0.9999) = 9998
            "1000000,    3000,  8000,  9000, 300000,   270000,  30000",  // C limited by the deduction: min(800000, 270000)
            "1000000,    9000,  2000,  9000, 900000,   200000,  700000", // C limited by the shortfall: min(200000, 810000)
            "1234567,    5000,  5000,  5000, 617283,   308641,  308642", // floors: 617283.5 → 617283; min(617283, 308641)
    })
    void upheldClaimMovesMoneyExactlyAsTheDomainDefinesIt(long s, int d, int c, int r, long deduction, long compensation, long pool) {
        Settlement settlement = Settlement.compute(new BonusPolicy(2026, d, c, r, null, null), Outcome.UPHELD, Money.of(s, "RUB"), null, null);

        assertThat(settlement.recognisedShortfall().minorUnits()).isEqualTo(s);
        assertThat(settlement.deduction().minorUnits()).isEqualTo(deduction);
        assertThat(settlement.compensation().minorUnits()).isEqualTo(compensation);
        assertThat(settlement.poolShare().minorUnits()).isEqualTo(pool);
    }

    @Test
    void partiallyUpheldRecognisesPartAndManagementMayAdjustTheDeduction() {
        Settlement settlement = Settlement.compute(DEFAULTS, Outcome.PARTIALLY_UPHELD, Money.of(200_000, "RUB"), 80_000L, 60_000L);

        assertThat(settlement.recognisedShortfall().minorUnits()).isEqualTo(80_000);
        assertThat(settlement.deduction().minorUnits()).isEqualTo(60_000);
        // min(floor(80000 × 0.5), floor(60000 × 0.5)) = min(40000, 30000)
        assertThat(settlement.compensation().minorUnits()).isEqualTo(30_000);
        assertThat(settlement.poolShare().minorUnits()).isEqualTo(30_000);
        assertThat(settlement.entries("sales", "production")).containsExactly(
                new LedgerEntry(LedgerEntry.Kind.DEDUCTION, "production", Money.of(-60_000, "RUB")),
                new LedgerEntry(LedgerEntry.Kind.COMPENSATION, "sales", Money.of(30_000, "RUB")),
                new LedgerEntry(LedgerEntry.Kind.POOL_TRANSFER, LedgerEntry.ANNUAL_POOL, Money.of(30_000, "RUB")));
    }

    @Test
    void rejectedMovesNothing() {
        Settlement settlement = Settlement.compute(DEFAULTS, Outcome.REJECTED, Money.of(200_000, "RUB"), null, null);

        assertThat(settlement.recognisedShortfall().minorUnits()).isZero();
        assertThat(settlement.deduction().minorUnits()).isZero();
        assertThat(settlement.compensation().minorUnits()).isZero();
        assertThat(settlement.entries("sales", "production")).isEmpty();
    }

    @Test
    void rejectedWithADeductionIsRefused() {
        assertThatThrownBy(() -> Settlement.compute(DEFAULTS, Outcome.REJECTED, Money.of(200_000, "RUB"), null, 1L))
                .isInstanceOf(RuleViolation.class).hasMessage("A rejected claim moves no money");
    }

    @ParameterizedTest
    @CsvSource({"0", "200000", "200001", "-5"})
    void partiallyUpheldMustRecogniseMoreThanNothingAndLessThanTheClaim(long recognised) {
        assertThatThrownBy(() -> Settlement.compute(DEFAULTS, Outcome.PARTIALLY_UPHELD, Money.of(200_000, "RUB"), recognised, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A partially upheld claim recognises more than 0 and less than the claimed 200000 minor units");
    }

    @Test
    void partiallyUpheldWithoutTheRecognisedShortfallIsRefused() {
        assertThatThrownBy(() -> Settlement.compute(DEFAULTS, Outcome.PARTIALLY_UPHELD, Money.of(200_000, "RUB"), null, null))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("recognisedShortfallMinor");
    }

    @ParameterizedTest
    @CsvSource({"-1", "100001"})
    void theDeductionStaysWithinZeroAndTheRecognisedShortfall(long deduction) {
        assertThatThrownBy(() -> Settlement.compute(DEFAULTS, Outcome.UPHELD, Money.of(100_000, "RUB"), null, deduction))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The deduction is from 0 to the recognised shortfall, 100000 minor units");
    }

    @Test
    void aDeductionOfTheWholeShortfallStillNeverGoesInFullToTheClaimant() {
        Settlement settlement = Settlement.compute(DEFAULTS, Outcome.UPHELD, Money.of(100_000, "RUB"), null, 100_000L);

        assertThat(settlement.compensation().minorUnits()).isEqualTo(50_000);
        assertThat(settlement.poolShare().minorUnits()).isEqualTo(50_000);
    }
}
