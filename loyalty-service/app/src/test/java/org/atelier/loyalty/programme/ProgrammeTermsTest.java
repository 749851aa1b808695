package org.atelier.loyalty.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.atelier.loyalty.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeTermsTest {

    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void tiersAreKeptLowestThresholdFirstWhateverOrderTheyCameIn() {
        ProgrammeTerms terms = terms(List.of(new DiscountTier("Gold", 5_000, 5), new DiscountTier("Base", 0, 0)));

        assertThat(terms.tiers()).extracting(DiscountTier::name).containsExactly("Base", "Gold");
    }

    @Test
    void aHigherTierMayNotGiveASmallerDiscount() {
        assertThatThrownBy(() -> terms(List.of(new DiscountTier("Silver", 1_000, 5), new DiscountTier("Gold", 5_000, 3))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("smaller discount");
    }

    @Test
    void twoTiersMayNotShareAThresholdOrAName() {
        assertThatThrownBy(() -> terms(List.of(new DiscountTier("A", 1_000, 3), new DiscountTier("B", 1_000, 5))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("same threshold");
        assertThatThrownBy(() -> terms(List.of(new DiscountTier("Gold", 1_000, 3), new DiscountTier("gold", 2_000, 5))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Two tiers");
    }

    @Test
    void theScaleNeedsAtLeastOneTier() {
        assertThatThrownBy(() -> terms(List.of())).isInstanceOf(RuleViolation.class);
    }

    @ParameterizedTest
    @CsvSource({"-1, 3", "100, -1", "100, 101"})
    void tierThresholdsAndDiscountsStayInRange(long threshold, int discount) {
        assertThatThrownBy(() -> new DiscountTier("X", threshold, discount)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("tiers"));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 10000, 100, 24, 12, accrualPoints",
            "1, 0, 100, 24, 12, accrualStepMinorUnits",
            "1, 10000, 0, 24, 12, pointValueMinorUnits",
            "1, 10000, 100000001, 24, 12, pointValueMinorUnits",
            "1, 1000000000001, 100, 24, 12, accrualStepMinorUnits",
            "1, 10000, 100, 0, 12, pointsExpireAfterMonths",
            "1, 10000, 100, 121, 12, pointsExpireAfterMonths",
            "1, 10000, 100, 24, 0, tierWindowMonths"})
    void outOfRangeTermsAreRefusedAgainstTheirField(int points, long step, long value, int expiry, int window, String field) {
        assertThatThrownBy(() -> new ProgrammeTerms(RUB, points, step, value, expiry, window, ProgrammeTerms.DEFAULT.tiers()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo(field));
    }

    @Test
    void noPurchaseOrRedemptionCanOverflowTheArithmetic() {
        ProgrammeTerms generous = new ProgrammeTerms(RUB, 1_000, 1, ProgrammeTerms.MAX_POINT_VALUE_MINOR_UNITS, 24, 12,
                ProgrammeTerms.DEFAULT.tiers());

        assertThat(generous.pointsFor(org.atelier.loyalty.common.Money.of(1_000_000_000, "RUB"))).isEqualTo(1_000_000_000_000L);
        assertThatThrownBy(() -> generous.pointsFor(org.atelier.loyalty.common.Money.of(1_000_000_001, "RUB")))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("amountMinor"));
        assertThatThrownBy(() -> generous.valueOf(Long.MAX_VALUE / 2)).isInstanceOf(RuleViolation.class);
    }

    private static ProgrammeTerms terms(List<DiscountTier> tiers) {
        return new ProgrammeTerms(RUB, 1, 10_000, 100, 24, 12, tiers);
    }
}
