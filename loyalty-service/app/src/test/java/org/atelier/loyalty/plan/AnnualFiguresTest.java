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
        assertThatThrownBy(() -> AnnualFigures.start(1999)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aLossMakingYearIsRecordedAsIs() {
        AnnualFigures year = AnnualFigures.start(2026);
        year.setPlan(plan(100, 40, 12), "finance", NOW);

        year.recordResults(new AnnualResults(rub(80), rub(-5), 240), "finance", NOW);

        assertThat(year.results().orElseThrow().margin()).isEqualTo(rub(-5));
    }

    private static AnnualPlan plan(long revenue, int loyal, int loyalKey) {
        return new AnnualPlan(rub(revenue), rub(revenue / 10), loyal, loyalKey, 250);
    }

    private static Money rub(long minor) {
        return Money.of(minor, "RUB");
    }
}
