package org.waymark.model.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The type of a data source column and how its text becomes a value. Empty text is no value (null) in every type.
 * Dates are ISO ({@code 2026-03-14}), {@code 2026/03/14} or {@code 14.03.2026}; timestamps are ISO local or with an
 * offset (kept as UTC wall time, like the rest of the store), with {@code T} or a space, seconds and fractions
 * optional, or {@code 14.03.2026 09:30[:15]}. Slash dates in day/month order are ambiguous and stay text.
 */
public enum ColumnType {
    INTEGER("whole number"),
    DECIMAL("decimal number"),
    BOOLEAN("true or false"),
    DATE("date"),
    TIMESTAMP("date and time"),
    TEXT("text");

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd().toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASH_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String description;

    ColumnType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * The value of {@code text} in this type: Long, BigDecimal, Boolean, LocalDate, LocalDateTime or String; null for
     * empty text.
     * @throws IllegalArgumentException if the text is not a value of this type
     */
    public Object parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Object value = tryParse(text.strip());
        if (value == null) {
            throw new IllegalArgumentException("\"" + shorten(text) + "\" is not a " + description);
        }
        return value;
    }

    /** The value, or null if {@code text} (already stripped, not empty) is not one of this type. */
    Object tryParse(String text) {
        return switch (this) {
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
            case BOOLEAN -> bool(text);
            case DATE -> date(text);
            case TIMESTAMP -> timestamp(text);
            case TEXT -> text;
        };
    }

    private static Long integer(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = text.length() - start;
        if (digits == 0 || digits > 18 || (digits > 1 && text.charAt(start) == '0')) {
            return null; // leading zeros are codes (zip, id), not numbers
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    private static BigDecimal decimal(String text) {
        char first = text.charAt(0);
        if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
            return null;
        }
        int start = first == '-' || first == '+' ? 1 : 0;
        if (text.length() > start + 1 && text.charAt(start) == '0' && Character.isDigit(text.charAt(start + 1))) {
            return null; // leading zeros are codes, as for integers
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E' || Character.isLetter(c) || c == ',') {
                return null; // no exponents, no "NaN", no thousands separators
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : null;
    }

    private static LocalDate date(String text) {
        Object fast = IsoDateTimes.date(text);
        if (fast != IsoDateTimes.UNKNOWN) {
            return (LocalDate) fast;
        }
        if (text.length() != 10) {
            return null;
        }
        DateTimeFormatter format = text.charAt(4) == '-' ? DateTimeFormatter.ISO_LOCAL_DATE
                : text.charAt(4) == '/' ? SLASH_DATE : text.charAt(2) == '.' ? DOTTED_DATE : null;
        if (format == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime timestamp(String text) {
        Object fast = IsoDateTimes.timestamp(text);
        if (fast != IsoDateTimes.UNKNOWN) {
            return (LocalDateTime) fast;
        }
        if (text.length() == 10) {
            LocalDate day = date(text);
            return day == null ? null : day.atStartOfDay(); // a column mixing dates and timestamps is timestamps
        }
        if (text.length() < 16 || (text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
            return null;
        }
        LocalDate date = date(text.substring(0, 10));
        if (date == null) {
            return null;
        }
        String time = text.substring(11);
        int zone = zoneStart(time);
        try {
            if (zone < 0) {
                return LocalDateTime.of(date, LocalTime.parse(time, TIME));
            }
            LocalTime local = LocalTime.parse(time.substring(0, zone).strip(), TIME);
            ZoneOffset offset = ZoneOffset.of(time.substring(zone).strip());
            return OffsetDateTime.of(date, local, offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Where an offset ({@code Z}, {@code +01:00}, {@code -05:00}) starts in a time of day, or -1. */
    private static int zoneStart(String time) {
        for (int i = 5; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
