package org.atelier.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one answer to "what day is it in the company": today, this year and this quarter are taken in the
 * company's time zone ({@code atelier.company.zone}), never in UTC or the JVM's zone. A purchase made at
 * 01:30 in Moscow on 2 March is made on 2 March, although it is still 1 March in UTC.
 *
 * <p>Plain Java, so use cases and tests build it from any {@link Clock} and zone.
 */
public final class CompanyCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public CompanyCalendar(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The current instant: what is recorded as the time something happened. */
    public Instant now() {
        return clock.instant();
    }

    /** The company's business date now. */
    public LocalDate today() {
        return dateOf(now());
    }

    /** The company's business date at an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The company's year now. */
    public int year() {
        return today().getYear();
    }

    /** The company's quarter now, 1 to 4. */
    public int quarter() {
        return quarterOf(today());
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** The instant the company's year begins: midnight of 1 January in the company's zone. */
    public Instant startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The first day of the company's quarter that contains the day. */
    public static LocalDate startOfQuarter(LocalDate day) {
        return LocalDate.of(day.getYear(), (quarterOf(day) - 1) * 3 + 1, 1);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }
}
