package org.atelier.claims.bonus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.atelier.claims.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BonusPolicyTest {

    @Test
    void theDefaultsAreHalfEach() {
        BonusPolicy policy = BonusPolicy.defaults(2026);

        assertThat(policy.deductionRatio()).isEqualTo(5_000);
        assertThat(policy.compensationRatio()).isEqualTo(5_000);
        assertThat(policy.redistributionRatio()).isEqualTo(5_000);
    }

    @ParameterizedTest(name = "d={0} c={1} r={2} is refused on {3}")
    @CsvSource({
            "-1,    5000,  5000,  deductionRatio",
            "10001, 5000,  5000,  deductionRatio",
            "5000,  -1,    5000,  compensationRatio",
            "5000,  10000, 5000,  compensationRatio",
            "5000,  5000,  -1,    redistributionRatio",
            "5000,  5000,  10000, redistributionRatio",
    })
    void aRatioOutsideItsBoundsIsRefusedAgainstItsField(int d, int c, int r, String field) {
        assertThatThrownBy(() -> new BonusPolicy(2026, d, c, r, "management", null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0", "10000, 9999, 9999"})
    void theBoundsThemselvesAreAccepted(int d, int c, int r) {
        assertThatCode(() -> new BonusPolicy(2026, d, c, r, "management", null)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"1999", "2101"})
    void aYearOutsideTheCalendarIsRefused(int year) {
        assertThatThrownBy(() -> BonusPolicy.defaults(year)).isInstanceOf(RuleViolation.class).hasMessage("A year between 2000 and 2100");
    }
}
