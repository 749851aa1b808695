package org.atelier.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverviewTest {

    @Test
    void aShareIsPlacedAgainstTheArticlesRangeWithBothEndsInside() {
        // The staff-attitude range is 2 700…3 500 bp: 2 699 is below, both ends are within, 3 501 above.
        assertThat(Overview.Band.of(2_699, 2_700, 3_500)).isEqualTo(Overview.Band.BELOW);
        assertThat(Overview.Band.of(2_700, 2_700, 3_500)).isEqualTo(Overview.Band.WITHIN);
        assertThat(Overview.Band.of(3_500, 2_700, 3_500)).isEqualTo(Overview.Band.WITHIN);
        assertThat(Overview.Band.of(3_501, 2_700, 3_500)).isEqualTo(Overview.Band.ABOVE);
        assertThat(Overview.Band.of(null, 2_700, 3_500)).isEqualTo(Overview.Band.NO_DATA);
    }

    @Test
    void theChangeIsOnlyShownWhenBothYearsHaveTheFigure() {
        assertThat(new Overview.Comparison(3, 1).change()).isEqualTo(2);
        assertThat(new Overview.Comparison(3, null).change()).isNull();
        assertThat(new Overview.Comparison(null, 1).change()).isNull();
    }
}
