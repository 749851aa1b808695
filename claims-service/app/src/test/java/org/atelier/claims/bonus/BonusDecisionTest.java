package org.atelier.claims.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.atelier.claims.common.Money;
import org.junit.jupiter.api.Test;

class BonusDecisionTest {

    static final Instant AT = Instant.parse("2026-03-12T16:45:00Z");
    static final BonusDecision.Subject CLAIM = new BonusDecision.Subject(BonusDecision.Subject.Kind.CLAIM, "c1");

    static BonusDecision upheld() {
        Settlement settlement = Settlement.compute(new BonusPolicy(2026, 6_000, 5_000, 4_000, null, null), Outcome.UPHELD,
                Money.of(1_000_001, "RUB"), null, null);
        return BonusDecision.taken("d1", CLAIM, "m1", YearMonth.of(2026, 3), settlement.entries("sales", "production"), "ceo", AT);
    }

    @Test
    void anUpheldClaimPostsMinusDPlusCAndTheRestToThePoolSummingToZero() {
        BonusDecision decision = upheld();

        assertThat(decision.entries()).extracting(e -> e.kind() + " " + e.account() + " " + e.amount().minorUnits())
                .containsExactly("DEDUCTION production -600000", "COMPENSATION sales 240000", "POOL_TRANSFER annual-pool 360000");
        assertThat(decision.entries().stream().mapToLong(e -> e.amount().minorUnits()).sum()).isZero();
    }

    @Test
    void entriesThatDoNotSumToZeroOrMixCurrenciesAreNotADecision() {
        List<LedgerEntry> unbalanced = List.of(new LedgerEntry(LedgerEntry.Kind.DEDUCTION, "production", Money.of(-100, "RUB")),
                new LedgerEntry(LedgerEntry.Kind.COMPENSATION, "sales", Money.of(99, "RUB")));
        List<LedgerEntry> mixed = List.of(new LedgerEntry(LedgerEntry.Kind.DEDUCTION, "production", Money.of(-100, "RUB")),
                new LedgerEntry(LedgerEntry.Kind.COMPENSATION, "sales", Money.of(100, "EUR")));

        assertThatThrownBy(() -> BonusDecision.taken("d1", CLAIM, "m1", YearMonth.of(2026, 3), unbalanced, "ceo", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to zero");
        assertThatThrownBy(() -> BonusDecision.taken("d1", CLAIM, "m1", YearMonth.of(2026, 3), mixed, "ceo", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one currency");
    }

    @Test
    void aReversalNegatesEveryEntryOnTheSameAccountsInTheSamePeriodAndLeavesTheOriginalAsItWas() {
        BonusDecision original = upheld();
        List<LedgerEntry> before = List.copyOf(original.entries());

        BonusDecision reversal = original.reversal("r1", "The delivery date was the customer's", "ceo", AT.plusSeconds(86_400 * 40));

        assertThat(reversal.reverses()).isEqualTo("d1");
        assertThat(reversal.isReversal()).isTrue();
        assertThat(reversal.period()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(reversal.subject()).isEqualTo(CLAIM);
        assertThat(reversal.meetingId()).isEqualTo("m1");
        assertThat(reversal.entries()).extracting(e -> e.kind() + " " + e.account() + " " + e.amount().minorUnits())
                .containsExactly("DEDUCTION production 600000", "COMPENSATION sales -240000", "POOL_TRANSFER annual-pool -360000");
        assertThat(original.entries()).isEqualTo(before);
        AccountStatement production = AccountStatement.of("production", 2026, List.copyOf(concat(original.lines(), reversal.lines())));
        assertThat(production.lines()).hasSize(2);
        assertThat(production.balance()).containsExactly(Money.of(0, "RUB"));
    }

    @Test
    void aStatementListsTheAccountsEntriesOfTheYearWithBalancesPerMonthAndYear() {
        BonusDecision march = upheld();
        BonusDecision may = BonusDecision.taken("d2", new BonusDecision.Subject(BonusDecision.Subject.Kind.COMMENDATION, "k1"), "m2",
                YearMonth.of(2026, 5), List.of(new LedgerEntry(LedgerEntry.Kind.COMMENDATION_CREDIT, "production", Money.of(50_000, "RUB")),
                        new LedgerEntry(LedgerEntry.Kind.COMMENDATION_FUNDING, LedgerEntry.COMPANY_FUND, Money.of(-50_000, "RUB"))), "ceo", AT);
        BonusDecision lastYear = BonusDecision.taken("d0", CLAIM, "m0", YearMonth.of(2025, 12), march.entries(), "ceo", AT);

        AccountStatement production = AccountStatement.of("production", 2026, concat(concat(march.lines(), may.lines()), lastYear.lines()));

        assertThat(production.lines()).extracting(l -> l.decision().decisionId()).containsExactly("d1", "d2");
        assertThat(production.monthly()).containsExactly(java.util.Map.entry(3, List.of(Money.of(-600_000, "RUB"))),
                java.util.Map.entry(5, List.of(Money.of(50_000, "RUB"))));
        assertThat(production.balance()).containsExactly(Money.of(-550_000, "RUB"));
    }

    private static List<LedgerLine> concat(List<LedgerLine> a, List<LedgerLine> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
