package org.atelier.calendar.mongo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Stores a {@link LocalDate} as its ISO day ({@code 2026-03-02}), so what is read back is the day written
 * whatever the JVM's default zone. (Spring Data's own conversion writes the JVM zone's midnight as a BSON
 * date: a service moved to another zone would read every date a day off.)
 *
 * <p>Documents written before keep BSON dates; they are read as the UTC day of the nearest midnight, which is
 * the day written by any JVM whose zone was between UTC-11:59 and UTC+12 (Moscow and UTC included).
 */
public final class LocalDateAsIsoDay {

    private LocalDateAsIsoDay() {
    }

    /** The converters to register in {@code MongoCustomConversions}. */
    public static List<Converter<?, ?>> converters() {
        return List.of(Writing.INSTANCE, Reading.INSTANCE, ReadingStoredDate.INSTANCE);
    }

    @WritingConverter
    enum Writing implements Converter<LocalDate, String> {
        INSTANCE;

        @Override
        public String convert(LocalDate day) {
            return day.toString();
        }
    }

    @ReadingConverter
    enum Reading implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String day) {
            return LocalDate.parse(day);
        }
    }

    /** Reads a BSON date written by the earlier, zone-dependent conversion. */
    @ReadingConverter
    enum ReadingStoredDate implements Converter<Date, LocalDate> {
        INSTANCE;

        private static final Duration HALF_A_DAY = Duration.ofHours(12);

        @Override
        public LocalDate convert(Date midnight) {
            return midnight.toInstant().plus(HALF_A_DAY).atZone(ZoneOffset.UTC).toLocalDate();
        }
    }
}
