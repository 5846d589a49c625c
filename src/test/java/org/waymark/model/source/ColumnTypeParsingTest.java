package org.waymark.model.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written ISO fast path reads exactly what the formatters read, and nothing they reject. */
class ColumnTypeParsingTest {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd().toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> TEXTS = List.of("2026-03-14T09:30", "2026-03-14 09:30", "2026-03-14T09:30:15",
            "2026-03-14T23:59:59.5", "2026-03-14T00:00:00.000000001", "2026-03-14T00:00:00.123456789",
            "2026-03-14T00:00:00.1234567890", "2024-02-29T10:00", "2026-02-29T10:00", "2026-02-31 10:00",
            "2026-13-01T10:00", "2026-00-01T10:00", "2026-03-00T10:00", "2026-03-14T24:00", "2026-03-14T23:60",
            "2026-03-14T23:59:60", "2026-03-14T9:30", "2026-03-14T09:30:1", "2026-03-14T09:30:15.",
            "2026-03-14T09:30.5", "2026-03-14T09:30:15,5", "2026-03-14X09:30", "0000-01-01T00:00",
            "9999-12-31T23:59:59.999999999", "2026-3-14T09:30:00", "+026-03-14T09:30", "2026-03-14T09:3a",
            "2026-03-14T09:30:15.12a");

    @Test
    void isoTimestampsReadAsTheFormattersReadThem() {
        for (String text : TEXTS) {
            Object fast = IsoDateTimes.timestamp(text);
            if (fast != IsoDateTimes.UNKNOWN) {
                assertThat(fast).as(text).isEqualTo(reference(text));
            }
            assertThat(ColumnType.TIMESTAMP.tryParse(text)).as(text).isEqualTo(reference(text));
        }
        assertThat(IsoDateTimes.timestamp("2026-03-14T09:30:15.25")).isEqualTo(
                LocalDateTime.of(2026, 3, 14, 9, 30, 15, 250_000_000));
        assertThat(IsoDateTimes.timestamp("2026-03-14T09:30:15+01:00")).isSameAs(IsoDateTimes.UNKNOWN);
        assertThat(ColumnType.TIMESTAMP.tryParse("2026-03-14T09:30:15+01:00"))
                .isEqualTo(LocalDateTime.of(2026, 3, 14, 8, 30, 15));
        assertThat(ColumnType.TIMESTAMP.tryParse("14.03.2026 09:30")).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 30));
    }

    @Test
    void isoDatesReadAsTheFormatterReadsThem() {
        for (String text : List.of("2026-03-14", "2024-02-29", "2026-02-29", "2026-04-31", "2026-13-01", "2026-1-014",
                "0000-01-01", "2026/03/14", "14.03.2026")) {
            Object fast = IsoDateTimes.date(text);
            if (fast != IsoDateTimes.UNKNOWN) {
                assertThat(fast).as(text).isEqualTo(referenceDate(text));
            }
        }
        assertThat(ColumnType.DATE.tryParse("2026-02-29")).isNull();
        assertThat(ColumnType.DATE.tryParse("2026/03/14")).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(ColumnType.TIMESTAMP.tryParse("2026-03-14")).isEqualTo(LocalDateTime.of(2026, 3, 14, 0, 0));
    }

    private static LocalDate referenceDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime reference(String text) {
        if (text.length() < 16 || (text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
            return null;
        }
        LocalDate date = referenceDate(text.substring(0, 10));
        try {
            return date == null ? null : LocalDateTime.of(date, LocalTime.parse(text.substring(11), TIME));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
