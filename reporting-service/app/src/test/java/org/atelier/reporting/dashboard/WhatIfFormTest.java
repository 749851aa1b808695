package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.atelier.reporting.pool.GateRule;
import org.junit.jupiter.api.Test;

class WhatIfFormTest {

    @Test
    void moneyIsReadInCurrencyUnitsAsPeopleTypeItAndKeptInMinorUnits() {
        WhatIfForm form = WhatIfForm.read(Map.of("revenue", "1 250 000,50", "margin", "-300", "marginGrowthShare", "12.5",
                "headcount", "40", "gateRule", "PLAN"));

        assertThat(form.problems()).isEmpty();
        assertThat(form.change().revenueMinor()).hasValue(125_000_050L);
        assertThat(form.change().marginMinor()).hasValue(-30_000L);
        assertThat(form.change().marginGrowthShareBp()).hasValue(1_250);
        assertThat(form.change().headcount()).hasValue(40);
        assertThat(form.change().gateRule()).hasValue(GateRule.PLAN);
        assertThat(form.changesSomething()).isTrue();
    }

    @Test
    void blankFieldsKeepTheRealFigures() {
        WhatIfForm form = WhatIfForm.read(Map.of("revenue", "  ", "year", "2026"));

        assertThat(form.problems()).isEmpty();
        assertThat(form.changesSomething()).isFalse();
    }

    @Test
    void everyFieldThatCannotBeReadIsNamedAndNothingIsChanged() {
        WhatIfForm form = WhatIfForm.read(Map.of("revenue", "-1", "margin", "1.005", "headcount", "ten", "loyalCustomers", "-3",
                "gateRule", "SOMETIMES", "marginGrowthShare", "100.01"));

        assertThat(form.problems()).extracting(WhatIfForm.Problem::field)
                .containsExactly("revenue", "margin", "headcount", "loyalCustomers", "gateRule", "marginGrowthShare");
        assertThat(form.change()).isEqualTo(WhatIfForm.NOTHING);
        assertThat(form.value("headcount")).isEqualTo("ten");
    }

    @Test
    void theShareIsBoundedAtBothEnds() {
        assertThat(WhatIfForm.read(Map.of("marginGrowthShare", "0")).change().marginGrowthShareBp()).hasValue(0);
        assertThat(WhatIfForm.read(Map.of("marginGrowthShare", "100")).change().marginGrowthShareBp()).hasValue(10_000);
        assertThat(WhatIfForm.read(Map.of("marginGrowthShare", "-0.01")).problems()).hasSize(1);
        assertThat(WhatIfForm.read(Map.of("revenue", "99999999999999999999")).problems())
                .extracting(WhatIfForm.Problem::messageKey).containsExactly("whatif.invalid.tooLarge");
        assertThat(WhatIfForm.read(Map.of()).change().revenueMinor()).isEqualTo(Optional.empty());
    }
}
