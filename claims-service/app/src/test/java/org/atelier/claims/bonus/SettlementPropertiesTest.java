package org.atelier.claims.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The money rules of an upheld claim over many generated policies, shortfalls and deductions, plus the edge values.
 * The generator has a fixed seed, so a failing case is the same on every run; the failure message names its index.
 */
class SettlementPropertiesTest {

    private static final long SEED = 20_260_401L;
    private static final int CASES = 2_000;

    record Case(BonusPolicy policy, long claimed, long recognised, Long deduction) {
    }

    private static int between(Random random, int min, int max) {
        return (int) between(random, (long) min, (long) max);
    }

    /** Uniform in min…max inclusive, also for ranges as wide as 0…Long.MAX_VALUE. */
    private static long between(Random random, long min, long max) {
        if (max == Long.MAX_VALUE && min == 0) {
            return random.nextLong() & Long.MAX_VALUE;
        }
        return random.nextLong(min, max + 1);
    }

    private static BonusPolicy policy(Random random) {
        return new BonusPolicy(2026, between(random, 0, 10_000), between(random, 0, 9_999), between(random, 0, 9_999), null, null);
    }

    /** A claim, the shortfall recognised of it, and either the proposed deduction (null) or one chosen within 0…S. */
    private static Case aCase(Random random) {
        long c = random.nextBoolean() ? between(random, 1, 100_000) : between(random, 1, Money.MAX_MINOR_UNITS);
        long s = Math.max(0, Math.min(c, (long) (c * random.nextDouble())));
        Long d = random.nextBoolean() ? null : Math.min(s, (long) (s * random.nextDouble()));
        return new Case(policy(random), c, s, d);
    }

    /** The generated cases followed by the edge values: the smallest and largest claims, nothing and all recognised, extreme ratios. */
    private static List<Case> cases() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(aCase(random));
        }
        for (int[] ratios : new int[][] {{0, 0, 0}, {10_000, 9_999, 9_999}, {10_000, 0, 9_999}, {1, 1, 1}, {5_000, 5_000, 5_000}}) {
            BonusPolicy policy = new BonusPolicy(2026, ratios[0], ratios[1], ratios[2], null, null);
            for (long claimed : new long[] {1, 2, Money.MAX_MINOR_UNITS}) {
                for (long recognised : new long[] {0, 1, claimed - 1, claimed}) {
                    if (recognised < 0 || recognised > claimed) {
                        continue;
                    }
                    for (Long deduction : new Long[] {null, 0L, 1L, recognised}) {
                        if (deduction == null || deduction <= recognised) {
                            cases.add(new Case(policy, claimed, recognised, deduction));
                        }
                    }
                }
            }
        }
        return cases;
    }

    private static void forAll(Consumer<Case> property) {
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            try {
                property.accept(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + SEED + ": " + c, e);
            }
        }
    }

    private static Settlement settle(Case c) {
        Outcome outcome = c.recognised() == c.claimed() ? Outcome.UPHELD : c.recognised() == 0 ? Outcome.REJECTED : Outcome.PARTIALLY_UPHELD;
        return Settlement.compute(c.policy(), outcome, Money.of(c.claimed(), "RUB"), c.recognised(), outcome == Outcome.REJECTED ? null : c.deduction());
    }

    @Test
    void compensationIsBelowTheRecognisedShortfallWheneverThereIsOne() {
        forAll(c -> {
            Settlement settlement = settle(c);

            if (settlement.recognisedShortfall().isPositive()) {
                assertThat(settlement.compensation().minorUnits()).isLessThan(settlement.recognisedShortfall().minorUnits());
            } else {
                assertThat(settlement.compensation().minorUnits()).isZero();
            }
        });
    }

    @Test
    void compensationIsBelowTheDeductionWheneverThereIsOne() {
        forAll(c -> {
            Settlement settlement = settle(c);

            if (settlement.deduction().isPositive()) {
                assertThat(settlement.compensation().minorUnits()).isLessThan(settlement.deduction().minorUnits());
            } else {
                assertThat(settlement.compensation().minorUnits()).isZero();
            }
        });
    }

    @Test
    void thePoolGetsTheDeductionLessTheCompensationAndNothingIsNegative() {
        forAll(c -> {
            Settlement settlement = settle(c);

            assertThat(settlement.poolShare().minorUnits()).isEqualTo(settlement.deduction().minorUnits() - settlement.compensation().minorUnits());
            assertThat(List.of(settlement.compensation(), settlement.deduction(), settlement.poolShare())).allMatch(m -> m.minorUnits() >= 0);
            assertThat(settlement.deduction().minorUnits()).isLessThanOrEqualTo(settlement.recognisedShortfall().minorUnits());
        });
    }

    @Test
    void everyDecisionsEntriesSumToZeroSoNoMinorUnitIsCreatedOrLost() {
        forAll(c -> {
            Settlement settlement = settle(c);
            List<LedgerEntry> entries = settlement.entries("sales", "production");

            assertThat(entries.stream().mapToLong(e -> e.amount().minorUnits()).sum()).isZero();
            assertThat(entries).filteredOn(e -> e.kind() == LedgerEntry.Kind.DEDUCTION)
                    .allMatch(e -> e.account().equals("production") && e.amount().minorUnits() == -settlement.deduction().minorUnits());
        });
    }

    private static final List<String> DEPARTMENTS = List.of("sales", "production", "logistics", "marketing", "design");

    /**
     * Runs of generated decisions between random departments in random months of two years: claims, approved
     * commendations, and reversals of some of them (never twice, never of a reversal). After every run each decision
     * sums to zero, all accounts together balance in every month and year, and a reversed decision leaves no trace on
     * any account's balance.
     */
    @Test
    void manyDecisionsAndReversalsKeepTheLedgerBalanced() {
        Random random = new Random(SEED + 1);
        java.time.Instant at = java.time.Instant.parse("2026-01-01T00:00:00Z");
        for (int run = 0; run < 300; run++) {
            List<BonusDecision> decisions = new ArrayList<>();
            int size = between(random, 1, 30);
            for (int i = 0; i < size; i++) {
                java.time.YearMonth period = java.time.YearMonth.of(between(random, 2026, 2027), between(random, 1, 12));
                List<String> two = new ArrayList<>(DEPARTMENTS);
                java.util.Collections.shuffle(two, random);
                String id = "d" + run + "-" + i;
                if (random.nextInt(4) == 0) {
                    Money granted = Money.of(between(random, 1, Money.MAX_MINOR_UNITS), "RUB");
                    decisions.add(BonusDecision.taken(id, new BonusDecision.Subject(BonusDecision.Subject.Kind.COMMENDATION, "k" + id), "m", period,
                            List.of(new LedgerEntry(LedgerEntry.Kind.COMMENDATION_CREDIT, two.get(0), granted),
                                    new LedgerEntry(LedgerEntry.Kind.COMMENDATION_FUNDING, LedgerEntry.COMPANY_FUND, granted.negate())), "ceo", at));
                } else {
                    decisions.add(BonusDecision.taken(id, new BonusDecision.Subject(BonusDecision.Subject.Kind.CLAIM, "c" + id), "m", period,
                            settle(aCase(random)).entries(two.get(0), two.get(1)), "ceo", at));
                }
            }
            List<BonusDecision> reversed = decisions.stream().filter(d -> random.nextInt(3) == 0).toList();
            List<BonusDecision> all = new ArrayList<>(decisions);
            reversed.forEach(d -> all.add(d.reversal("r-" + d.decisionId(), "corrected", "ceo", at)));
            List<LedgerLine> lines = all.stream().flatMap(d -> d.lines().stream()).toList();
            List<String> accounts = new ArrayList<>(DEPARTMENTS);
            accounts.addAll(List.of(LedgerEntry.ANNUAL_POOL, LedgerEntry.COMPANY_FUND));
            String as = "run " + run + " of seed " + (SEED + 1);

            assertThat(all).as(as).allMatch(d -> d.entries().stream().mapToLong(e -> e.amount().minorUnits()).sum() == 0);
            for (int year : new int[] {2026, 2027}) {
                long yearTotal = 0;
                java.util.Map<Integer, Long> monthTotals = new java.util.HashMap<>();
                for (String account : accounts) {
                    AccountStatement statement = AccountStatement.of(account, year, lines);
                    yearTotal += statement.balance().stream().mapToLong(Money::minorUnits).sum();
                    statement.monthly().forEach((month, balance) -> monthTotals.merge(month, balance.get(0).minorUnits(), Long::sum));
                    long monthsSum = statement.monthly().values().stream().mapToLong(b -> b.get(0).minorUnits()).sum();
                    assertThat(monthsSum).as(as).isEqualTo(statement.balance().stream().mapToLong(Money::minorUnits).sum());
                    List<LedgerLine> withoutReversedPairs = lines.stream().filter(l -> reversed.stream()
                            .noneMatch(r -> r.decisionId().equals(l.decision().decisionId()) || r.decisionId().equals(l.decision().reverses()))).toList();
                    assertThat(statement.balance().stream().mapToLong(Money::minorUnits).sum()).as(as + ", a reversed decision leaves no trace")
                            .isEqualTo(AccountStatement.of(account, year, withoutReversedPairs).balance().stream().mapToLong(Money::minorUnits).sum());
                }
                assertThat(yearTotal).as(as + ", all accounts in " + year).isZero();
                assertThat(monthTotals.values()).as(as + ", all accounts per month").allMatch(total -> total == 0);
            }
        }
    }

    @Test
    void theProposedDeductionIsTheFloorOfTheShareExactlyAsIfComputedWithoutOverflow() {
        Random random = new Random(SEED + 2);
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            pairs.add(new long[] {between(random, 0, Long.MAX_VALUE), between(random, 0, 10_000)});
        }
        for (long shortfall : new long[] {0, 1, 9_999, 10_000, Money.MAX_MINOR_UNITS, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            for (int ratio : new int[] {0, 1, 5_000, 9_999, 10_000}) {
                pairs.add(new long[] {shortfall, ratio});
            }
        }
        for (long[] pair : pairs) {
            long shortfall = pair[0];
            int ratio = (int) pair[1];
            BonusPolicy policy = new BonusPolicy(2026, ratio, 0, 0, null, null);
            long expected = BigInteger.valueOf(shortfall).multiply(BigInteger.valueOf(ratio)).divide(BigInteger.valueOf(10_000)).longValueExact();

            assertThat(policy.proposedDeduction(shortfall)).as("S=%d ratio=%d", shortfall, ratio).isEqualTo(expected);
        }
    }

    @Test
    void aPolicyWithACompensationOrRedistributionRatioOfTenThousandOrMoreIsRefused() {
        Random random = new Random(SEED + 3);
        List<Integer> ratios = new ArrayList<>(List.of(10_000, 10_001, Integer.MAX_VALUE));
        for (int i = 0; i < CASES; i++) {
            ratios.add(between(random, 10_000, Integer.MAX_VALUE));
        }
        for (int ratio : ratios) {
            for (boolean compensation : new boolean[] {true, false}) {
                assertThatThrownBy(() -> new BonusPolicy(2026, 5_000, compensation ? ratio : 5_000, compensation ? 5_000 : ratio, null, null))
                        .as("ratio %d", ratio)
                        .isInstanceOf(RuleViolation.class)
                        .extracting(e -> ((RuleViolation) e).field()).isEqualTo(compensation ? "compensationRatio" : "redistributionRatio");
            }
        }
    }

    @Test
    void aPolicyWithANegativeRatioOrADeductionAboveTheWholeIsRefused() {
        Random random = new Random(SEED + 4);
        List<int[]> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(new int[] {between(random, Integer.MIN_VALUE, -1), between(random, 10_001, Integer.MAX_VALUE), between(random, 0, 2)});
        }
        for (int which = 0; which <= 2; which++) {
            cases.add(new int[] {-1, 10_001, which});
            cases.add(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, which});
        }
        for (int[] c : cases) {
            int d = c[2] == 0 ? c[0] : c[2] == 1 ? c[1] : 5_000;
            int comp = c[2] == 2 ? c[0] : 5_000;
            assertThatThrownBy(() -> new BonusPolicy(2026, d, comp, 5_000, null, null)).as("deduction %d compensation %d", d, comp)
                    .isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertThat(new BonusPolicy(2026, 0, 0, 0, null, null).proposedDeduction(Long.MAX_VALUE)).isZero();
        assertThat(new BonusPolicy(2026, 10_000, 9_999, 9_999, null, null).proposedDeduction(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }
}
