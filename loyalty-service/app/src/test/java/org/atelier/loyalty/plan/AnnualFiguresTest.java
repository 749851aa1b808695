package org.atelier.loyalty.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.junit.jupiter.api.Test;

class AnnualFiguresTest {

    private static final Instant NOW = Instant.parse("2026-01-20T09:00:00Z");

    @Test
    void thePlanMayBeRevisedUntilTheResultsAreIn() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);
        year.setPlan(plan(120, 40, 12), "finance", NOW);
        year.recordResults(new AnnualResults(rub(130), rub(20), 248), "finance", NOW);

        assertThatThrownBy(() -> year.setPlan(plan(90, 40, 12), "finance", NOW)).isInstanceOf(AnnualFigures.PlanFrozen.class);
        assertThat(year.plan().orElseThrow().revenue()).isEqualTo(rub(120));
        assertThat(year.newEvents()).hasSize(3);
    }

    @Test
    void resultsNeedAPlanInTheSameCurrency() {
        AnnualFigures year = AnnualFigures.start(2026);
        assertThatThrownBy(() -> year.recordResults(new AnnualResults(rub(1), rub(1), 1), "finance", NOW)).isInstanceOf(RuleViolation.class);

        year.setPlan(plan(100, 40, 12), "finance", NOW);
        assertThatThrownBy(() -> year.recordResults(new AnnualResults(Money.of(1, "EUR"), Money.of(1, "EUR"), 1), "finance", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("currency");
    }

    @Test
    void planNumbersMustHangTogether() {
        assertThatThrownBy(() -> plan(100, 10, 11)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("loyalKeyCustomers");
        assertThatThrownBy(() -> new AnnualPlan(rub(10), rub(11), 1, 1, 1)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("marginMinor");
        assertThatThrownBy(() -> new AnnualPlan(rub(10), rub(1), 1, 1, 0)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("headcount");
        assertThatThrownBy(() -> new AnnualPlan(rub(10), rub(1), 1, 1, 1, PoolGateRule.PLAN, 10_001)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("marginGrowthShareBp");
        assertThatThrownBy(() -> new AnnualPlan(rub(10), rub(1), 1, 1, 1, null, -1)).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("marginGrowthShareBp");
        assertThatThrownBy(() -> AnnualFigures.start(1999)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void thePoolsRulesAreOptionalAndTheShareIsFromNoneToAll() {
        assertThat(new AnnualPlan(rub(10), rub(1), 1, 1, 1).gateRule()).as("absent: the default").isNull();
        assertThat(new AnnualPlan(rub(10), rub(1), 1, 1, 1).marginGrowthShareBp()).isNull();
        assertThat(new AnnualPlan(rub(10), rub(1), 1, 1, 1, PoolGateRule.PREVIOUS_YEAR, 0).marginGrowthShareBp()).isZero();
        assertThat(new AnnualPlan(rub(10), rub(1), 1, 1, 1, null, 10_000).marginGrowthShareBp()).isEqualTo(10_000);
    }

    @Test
    void aLossMakingYearIsRecordedAsIs() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);

        year.recordResults(new AnnualResults(rub(80), rub(-5), 240), "finance", NOW);

        assertThat(year.results().orElseThrow().margin()).isEqualTo(rub(-5));
    }

    @Test
    void recordingResultsAgainWithoutNamingTheRevisionReplacedIsRefusedAndChangesNothing() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);
        year.recordResults(new AnnualResults(rub(130), rub(20), 248), "anna", NOW);

        assertThatThrownBy(() -> year.recordResults(new AnnualResults(rub(1), rub(1), 1), "boris", NOW))
                .isInstanceOfSatisfying(ResultsAlreadyRecorded.class, refusal -> {
                    assertThat(refusal.current().revision()).isEqualTo(1);
                    assertThat(refusal.field()).isEqualTo("replacesRevision");
                    assertThat(refusal.getMessage()).contains("revision 1").contains("anna");
                });
        assertThatThrownBy(() -> year.recordResults(new AnnualResults(rub(1), rub(1), 1), 2, "boris", NOW))
                .as("a revision that is not the current one").isInstanceOf(ResultsAlreadyRecorded.class);
        assertThat(year.results().orElseThrow().revenue()).isEqualTo(rub(130));
        assertThat(year.revisions()).hasSize(1);
    }

    @Test
    void aConfirmedCorrectionIsANewRevisionAndEveryRevisionIsKeptWithWhoAndWhen() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);
        year.recordResults(new AnnualResults(rub(130), rub(20), 248), "anna", NOW);
        Instant later = NOW.plusSeconds(3600);

        ResultsRevision second = year.recordResults(new AnnualResults(rub(131), rub(21), 249), 1, "boris", later);

        assertThat(second.revision()).isEqualTo(2);
        assertThat(year.results().orElseThrow().revenue()).isEqualTo(rub(131));
        assertThat(year.revisions()).extracting(ResultsRevision::revision, ResultsRevision::recordedBy, ResultsRevision::recordedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "anna", NOW), org.assertj.core.groups.Tuple.tuple(2, "boris", later));
        assertThat(year.revisions().get(0).results().revenue()).isEqualTo(rub(130));
        assertThat(year.newEvents()).filteredOn(AnnualFiguresEvent.ResultsRecorded.class::isInstance).hasSize(2);
        assertThat(AnnualFigures.restore(2026, year.plan().orElseThrow(), year.revisions(), 3).currentRevision()).contains(second);
    }

    @Test
    void resultsStoredBeforeRevisionsWereKeptReadAsTheFirstRevision() {
        AnnualFigures year = AnnualFigures.restore(2025, plan(100, 40, 12), new AnnualResults(rub(130), rub(20), 248), 2);

        assertThat(year.currentRevision()).map(ResultsRevision::revision).contains(1);
        assertThatThrownBy(() -> year.recordResults(new AnnualResults(rub(1), rub(1), 1), "boris", NOW)).isInstanceOf(ResultsAlreadyRecorded.class);
    }

    @Test
    void thePlanIsComparedWithTheResultsPerIndicator() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(new AnnualPlan(rub(120), rub(18), 40, 12, 250), "finance", NOW);
        year.recordResults(new AnnualResults(rub(131), rub(15), 248), "anna", NOW);

        PlanVersusResults comparison = PlanVersusResults.of(year, java.util.Optional.of(new PlanVersusResults.LoyalCounts(41, 10)));

        assertThat(comparison.revision()).isEqualTo(1);
        assertThat(comparison.currency()).isEqualTo("RUB");
        assertThat(comparison.indicators()).extracting(PlanVersusResults.Indicator::name, PlanVersusResults.Indicator::plan,
                PlanVersusResults.Indicator::actual, PlanVersusResults.Indicator::difference, PlanVersusResults.Indicator::reached)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlanVersusResults.Name.REVENUE, 120L, 131L, 11L, true),
                        org.assertj.core.groups.Tuple.tuple(PlanVersusResults.Name.MARGIN, 18L, 15L, -3L, false),
                        org.assertj.core.groups.Tuple.tuple(PlanVersusResults.Name.LOYAL_CUSTOMERS, 40L, 41L, 1L, true),
                        org.assertj.core.groups.Tuple.tuple(PlanVersusResults.Name.LOYAL_KEY_CUSTOMERS, 12L, 10L, -2L, false),
                        org.assertj.core.groups.Tuple.tuple(PlanVersusResults.Name.HEADCOUNT, 250L, 248L, -2L, null));
    }

    @Test
    void aComparisonWithoutResultsOrLoyalCountsSaysWhatIsNotKnown() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);

        PlanVersusResults comparison = PlanVersusResults.of(year, java.util.Optional.empty());

        assertThat(comparison.revision()).isNull();
        assertThat(comparison.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.plan()).isNotNull();
            assertThat(indicator.actual()).isNull();
            assertThat(indicator.reached()).isNull();
        });
    }

    private static AnnualPlan plan(long revenue, int loyal, int loyalKey) {
        return new AnnualPlan(rub(revenue), rub(revenue / 10), loyal, loyalKey, 250);
    }

    private static Money rub(long minor) {
        return Money.of(minor, "RUB");
    }
}
