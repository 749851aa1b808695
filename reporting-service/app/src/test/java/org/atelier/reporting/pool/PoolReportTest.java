package org.atelier.reporting.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A worked example by hand. 2025: results only (revenue 1 000 000, margin 200 000, 10 people), claims sent 1 000 to
 * the pool; no plan and no 2024 figures, so revenue and margin fail, the gate is closed and the 1 000 is carried. 2026: plan
 * revenue 1 100 000, margin 220 000, 3 loyal of which 2 key; results revenue 1 050 000 (below plan, above 2025),
 * margin 230 000, 7 people; a (key, loyal since 2025), b (regular) and c (key) loyal at the end of 2026; claims sent
 * 12 346. Pool 2026 = floor(1 000 × 30 000 / 10 000) + 12 346 + 1 000 = 16 346; the gate is open under the default
 * rule (revenue passes against 2025); each of 7 gets floor(16 346 / 7) = 2 335, and 1 is carried into 2027.
 */
class PoolReportTest {

    private final Inputs inputs = new Inputs();

    PoolReportTest() {
        inputs.results.put(2025, figures(2025, 1_000_000, 200_000, null, null, 10));
        inputs.plans.put(2026, figures(2026, 1_100_000, 220_000, 3, 2, 10));
        inputs.results.put(2026, figures(2026, 1_050_000, 230_000, null, null, 7));
        inputs.transfers.put(2025, 1_000L);
        inputs.transfers.put(2026, 12_346L);
        inputs.loyalty = List.of(
                fact("a", "2025-01-10", null, "KEY"), fact("a", "2025-06-01", true, "KEY"),
                fact("b", "2026-02-01", true, "REGULAR"),
                fact("c", "2026-03-01", true, "KEY"),
                // b becomes key only in 2027: still a regular customer on 31 December 2026.
                fact("b", "2027-01-05", null, "KEY"),
                // d was loyal in 2026 but lapsed before the year ended.
                fact("d", "2026-04-01", true, "KEY"), fact("d", "2026-11-30", false, "KEY"));
    }

    @Test
    void theFirstYearWithoutPlanOrPreviousYearKeepsTheGateClosedAndCarriesItsPool() {
        PoolReport report = PoolReport.of(2025, inputs);

        assertThat(report.gateOpen()).isFalse();
        // The loyal counts pass against 2024's, which the customers' events say were 0: a count, unlike finance's
        // figures, is never missing.
        assertThat(report.failing()).containsExactly(PoolReport.REVENUE, PoolReport.MARGIN);
        assertThat(report.indicators().get(0).missing()).containsExactly("plan", "previousYear");
        assertThat(report.pool()).isEqualTo(new PoolReport.Pool(1_000, PoolRules.Source.CONFIGURATION, null, 0, 1_000, 0, 1_000, 10, 0, 0, 1_000));
    }

    @Test
    void theWorkedExampleOpensTheGateAndSharesThePoolRoundingDown() {
        PoolReport report = PoolReport.of(2026, inputs);

        assertThat(report.gateOpen()).isTrue();
        assertThat(report.failing()).isEmpty();
        PoolReport.Indicator revenue = report.indicators().get(0);
        assertThat(revenue.passesPlan()).isFalse();
        assertThat(revenue.passesPreviousYear()).isTrue();
        assertThat(report.indicators().get(2)).isEqualTo(new PoolReport.Indicator(PoolReport.LOYAL_KEY_CUSTOMERS, 2L, 2L, 1L, true, true, true, List.of()));
        assertThat(report.indicators().get(3)).isEqualTo(new PoolReport.Indicator(PoolReport.LOYAL_CUSTOMERS, 3L, 3L, 1L, true, true, true, List.of()));
        assertThat(report.pool()).isEqualTo(new PoolReport.Pool(1_000, PoolRules.Source.CONFIGURATION, 30_000L, 3_000, 12_346, 1_000, 16_346, 7, 2_335, 16_345, 1));
    }

    @Test
    void underThePlanRuleRevenueFailsAndTheWholePoolIsCarried() {
        inputs.rules.put(2026, new PoolRules(GateRule.PLAN, 1_000));

        PoolReport report = PoolReport.of(2026, inputs);

        assertThat(report.gateOpen()).isFalse();
        assertThat(report.failing()).containsExactly(PoolReport.REVENUE);
        assertThat(report.pool().perEmployee()).isZero();
        assertThat(report.pool().carriedOut()).isEqualTo(16_346);
        assertThat(PoolReport.of(2027, inputs).pool().carriedIn()).as("2027 starts with what 2026 carried").isEqualTo(16_346);
    }

    /**
     * The plan of 2026 sets the PLAN rule although the configuration says PLAN_AND_PREVIOUS_YEAR: the plan's wins, so
     * revenue (1 050 000 below the plan's 1 100 000) fails and the whole 16 346 is carried. The configured share of
     * 2 000 stays, since the plan leaves the share out: floor(2 000 × 30 000 / 10 000) = 6 000 from the growth, and
     * 6 000 + 12 346 + 1 000 = 19 346.
     */
    @Test
    void thePlansRulesWinOverTheConfiguredOnesEachOnItsOwn() {
        inputs.rules.put(2026, new PoolRules(GateRule.PLAN_AND_PREVIOUS_YEAR, 2_000));
        inputs.plans.put(2026, new AnnualFigures(2026, "RUB", 1_100_000, 220_000, 3, 2, 10, Instant.parse("2026-01-15T10:00:00Z"),
                GateRule.PLAN, null));

        PoolReport report = PoolReport.of(2026, inputs);

        assertThat(report.gateRule()).isEqualTo(GateRule.PLAN);
        assertThat(report.gateRuleFrom()).isEqualTo(PoolRules.Source.PLAN);
        assertThat(report.failing()).containsExactly(PoolReport.REVENUE);
        assertThat(report.pool().marginGrowthShareBp()).isEqualTo(2_000);
        assertThat(report.pool().marginGrowthShareFrom()).isEqualTo(PoolRules.Source.CONFIGURATION);
        assertThat(report.pool().fromMarginGrowth()).isEqualTo(6_000);
        assertThat(report.pool().total()).isEqualTo(19_346);
        assertThat(report.pool().carriedOut()).isEqualTo(19_346);
    }

    /**
     * The plan sets a share of 5 000 and the default rule's neighbour PREVIOUS_YEAR: floor(5 000 × 30 000 / 10 000)
     * = 15 000; 15 000 + 12 346 + 1 000 = 28 346; open (every indicator grew on 2025), floor(28 346 / 7) = 4 049 each,
     * 4 049 × 7 = 28 343 paid, 3 carried. A what-if of the share then beats the plan: 0 from the growth.
     */
    @Test
    void aPlansShareIsUsedAndAWhatIfStillChangesIt() {
        inputs.plans.put(2026, new AnnualFigures(2026, "RUB", 1_100_000, 220_000, 3, 2, 10, Instant.parse("2026-01-15T10:00:00Z"),
                GateRule.PREVIOUS_YEAR, 5_000));

        PoolReport report = PoolReport.of(2026, inputs);
        PoolReport whatIf = PoolReport.of(2026, new WhatIf(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(0)).on(2026, inputs));

        assertThat(report.gateOpen()).isTrue();
        assertThat(report.pool()).isEqualTo(new PoolReport.Pool(5_000, PoolRules.Source.PLAN, 30_000L, 15_000, 12_346, 1_000, 28_346, 7,
                4_049, 28_343, 3));
        assertThat(whatIf.pool().fromMarginGrowth()).isZero();
        assertThat(whatIf.pool().marginGrowthShareFrom()).isEqualTo(PoolRules.Source.WHAT_IF);
        assertThat(whatIf.gateRuleFrom()).as("the rule not changed stays the plan's").isEqualTo(PoolRules.Source.PLAN);
    }

    @Test
    void aPlanLeavingTheRulesOutKeepsTheConfiguredOnes() {
        PoolRules configured = new PoolRules(GateRule.PLAN, 300);

        assertThat(configured.overriddenBy(null)).isEqualTo(configured);
        assertThat(configured.overriddenBy(figures(2026, 1, 1, 1, 1, 1))).isEqualTo(configured);
        assertThat(PoolReport.of(2026, inputs).gateRuleFrom()).isEqualTo(PoolRules.Source.CONFIGURATION);
    }

    @Test
    void aWhatIfChangesOnlyItsYearAndStoresNothing() {
        WhatIf lowerMargin = new WhatIf(Optional.empty(), Optional.of(190_000L), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(2_000));

        PoolReport whatIf = PoolReport.of(2026, lowerMargin.on(2026, inputs));

        assertThat(whatIf.failing()).as("190 000 is below both the plan and 2025").containsExactly(PoolReport.MARGIN);
        assertThat(whatIf.pool().fromMarginGrowth()).as("no growth, nothing from it").isZero();
        assertThat(whatIf.pool().carriedOut()).isEqualTo(12_346 + 1_000);
        assertThat(PoolReport.of(2026, inputs).gateOpen()).as("the real figures stay as they are").isTrue();
    }

    @Test
    void theShareOfAHugeGrowthDoesNotOverflow() {
        assertThat(PoolReport.shareOf(Long.MAX_VALUE, 10_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(PoolReport.shareOf(29_999, 1_000)).isEqualTo(2_999);
    }

    @Test
    void aYearWithoutResultsCarriesWhatCameInAndItsClaimsTransfersAndTheCarryStopsChangingAfterTheLastYearKnown() {
        // 2025 and 2026 have no results: nothing is paid. Their claims sent 1 000 and 500 to the pool, so 2027 starts
        // with 1 500, and so does every year after, since nothing is known after 2026.
        Inputs inputs = new Inputs();
        inputs.transfers.put(2025, 1_000L);
        inputs.transfers.put(2026, 500L);

        PoolReport fully = PoolReport.of(2026, inputs);
        assertThat(fully.pool().carriedOut()).as("2026 computed in full").isEqualTo(1_500);
        assertThat(PoolReport.of(2027, inputs).pool().carriedIn()).as("2026 followed without its full computation").isEqualTo(1_500);
        assertThat(PoolReport.of(2040, inputs).pool().carriedIn()).isEqualTo(1_500);

        inputs.last = Optional.of(2026);
        assertThat(PoolReport.of(2040, inputs).pool().carriedIn()).as("the same, following the years up to the last known only")
                .isEqualTo(1_500);
        assertThat(PoolReport.of(2999, inputs).pool().carriedIn()).isEqualTo(1_500);
    }

    private static AnnualFigures figures(int year, long revenue, long margin, Integer loyal, Integer loyalKey, int headcount) {
        return new AnnualFigures(year, "RUB", revenue, margin, loyal, loyalKey, headcount, Instant.parse("2026-01-15T10:00:00Z"));
    }

    private static int sequence;

    private static LoyaltyFact fact(String customer, String on, Boolean loyal, String significance) {
        return new LoyaltyFact("e" + sequence++, customer, LocalDate.parse(on), loyal, significance, Instant.parse(on + "T12:00:00Z"));
    }

    private static final class Inputs implements PoolInputs {
        final Map<Integer, AnnualFigures> plans = new HashMap<>();
        final Map<Integer, AnnualFigures> results = new HashMap<>();
        final Map<Integer, Long> transfers = new HashMap<>();
        final Map<Integer, PoolRules> rules = new HashMap<>();
        List<LoyaltyFact> loyalty = List.of();

        @Override
        public Optional<AnnualFigures> plan(int year) {
            return Optional.ofNullable(plans.get(year));
        }

        @Override
        public Optional<AnnualFigures> results(int year) {
            return Optional.ofNullable(results.get(year));
        }

        @Override
        public LoyalCounts loyalAtYearEnd(int year) {
            return LoyalCounts.onDay(LocalDate.of(year, 12, 31), loyalty);
        }

        @Override
        public long claimTransfers(int year) {
            return transfers.getOrDefault(year, 0L);
        }

        @Override
        public PoolRules rules(int year) {
            // As the read model does: the plan's rules win over the configured ones.
            return rules.getOrDefault(year, PoolRules.DEFAULT).overriddenBy(plans.get(year));
        }

        @Override
        public Optional<Integer> firstYear() {
            return Optional.of(2025);
        }

        Optional<Integer> last = Optional.empty();

        @Override
        public Optional<Integer> lastYear() {
            return last;
        }
    }
}
