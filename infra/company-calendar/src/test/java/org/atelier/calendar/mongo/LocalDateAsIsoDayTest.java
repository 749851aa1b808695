package org.atelier.calendar.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDateAsIsoDayTest {

    @Test
    void aDayIsStoredAsItsIsoText() {
        assertThat(LocalDateAsIsoDay.Writing.INSTANCE.convert(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(LocalDateAsIsoDay.Reading.INSTANCE.convert("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Moscow", "Asia/Kamchatka", "America/Los_Angeles", "Pacific/Honolulu"})
    void aDateStoredEarlierAsTheWritersMidnightReadsAsTheSameDay(String writersZone) {
        LocalDate written = LocalDate.of(2026, 3, 2);
        Date stored = Date.from(written.atStartOfDay(ZoneId.of(writersZone)).toInstant());

        assertThat(LocalDateAsIsoDay.ReadingStoredDate.INSTANCE.convert(stored)).isEqualTo(written);
    }
}
