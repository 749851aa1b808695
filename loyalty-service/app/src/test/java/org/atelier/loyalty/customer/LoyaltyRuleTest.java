package org.atelier.loyalty.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoyaltyRuleTest {

    private final LoyaltyRule twoYears = LoyaltyRule.DEFAULT;

    @Test
    void purchasesInTwoConsecutiveYearsMakeACustomerLoyalFromTheSecondPurchase() {
        assertThat(twoYears.isLoyal(Set.of(2025), false, LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(twoYears.isLoyal(Set.of(2025, 2026), false, LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void loyaltyHoldsThroughTheFollowingYearAndLapsesOnTheFirstDayOfTheYearAfter() {
        Set<Integer> years = Set.of(2025, 2026);

        assertThat(twoYears.isLoyal(years, false, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(twoYears.isLoyal(years, false, LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(twoYears.isLoyal(years, false, LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void aGapYearBreaksTheRun() {
        assertThat(twoYears.isLoyal(Set.of(2024, 2026), false, LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void aLostCustomerIsNeverLoyal() {
        assertThat(twoYears.isLoyal(Set.of(2025, 2026), true, LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void theNumberOfYearsIsConfigurable() {
        LoyaltyRule threeYears = new LoyaltyRule(3);

        assertThat(threeYears.isLoyal(Set.of(2025, 2026), false, LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(threeYears.isLoyal(Set.of(2024, 2025, 2026), false, LocalDate.of(2026, 6, 1))).isTrue();
    }
}
