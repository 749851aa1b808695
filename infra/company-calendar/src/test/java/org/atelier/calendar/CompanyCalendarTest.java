package org.atelier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CompanyCalendarTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static CompanyCalendar at(String instant) {
        return new CompanyCalendar(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), MOSCOW);
    }

    @Test
    void halfPastOneInMoscowIsAlreadyTheNextDayThoughUtcIsNot() {
        CompanyCalendar calendar = at("2026-03-01T22:30:00Z");

        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void theCompanysYearAndQuarterTurnAtMidnightInItsZone() {
        CompanyCalendar newYearsNight = at("2026-12-31T21:30:00Z");

        assertThat(newYearsNight.year()).isEqualTo(2027);
        assertThat(newYearsNight.quarter()).isEqualTo(1);
        assertThat(at("2026-12-31T20:59:59Z").quarter()).isEqualTo(4);
    }

    @Test
    void theYearStartsAtMidnightOfFirstJanuaryInTheCompanysZone() {
        assertThat(at("2026-06-01T00:00:00Z").startOfYear(2027)).isEqualTo(Instant.parse("2026-12-31T21:00:00Z"));
    }

    @Test
    void aQuarterStartsOnTheFirstOfJanuaryAprilJulyOrOctober() {
        assertThat(CompanyCalendar.startOfQuarter(LocalDate.of(2026, 8, 17))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(CompanyCalendar.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(2);
    }
}
