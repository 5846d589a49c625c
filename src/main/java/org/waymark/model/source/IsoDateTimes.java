package org.waymark.model.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A fast path for the commonest date and timestamp texts: ISO {@code 2026-03-14} and {@code 2026-03-14T09:30[:15[.f]]}
 * (or a space for {@code T}), without an offset. It reads the digits by hand instead of through a
 * {@code DateTimeFormatter} with optional sections, which was the largest part of an import's own work. It answers
 * only for texts it recognises completely; for any other text it answers {@link #UNKNOWN} and {@link ColumnType}'s
 * formatters decide, so what is accepted and how it is read does not change.
 */
final class IsoDateTimes {

    /** The answer for a text this fast path does not recognise (not: a text that is no date). */
    static final Object UNKNOWN = new Object();

    private IsoDateTimes() {
    }

    /** A LocalDate, null if the text has the ISO form but is no date (2026-02-31), or {@link #UNKNOWN}. */
    static Object date(String text) {
        if (text.length() != 10 || !isoDateShape(text)) {
            return UNKNOWN;
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A LocalDateTime, null if the text has the ISO form but is no timestamp, or {@link #UNKNOWN}. */
    static Object timestamp(String text) {
        int length = text.length();
        if (length < 16 || !isoDateShape(text) || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
                || !digits(text, 11, 13) || text.charAt(13) != ':' || !digits(text, 14, 16)) {
            return UNKNOWN;
        }
        int second = 0;
        int nanos = 0;
        if (length > 16) {
            if (length < 19 || text.charAt(16) != ':' || !digits(text, 17, 19)) {
                return UNKNOWN;
            }
            second = number(text, 17, 19);
            if (length > 19) {
                if (length < 21 || length > 29 || text.charAt(19) != '.' || !digits(text, 20, length)) {
                    return UNKNOWN;
                }
                nanos = number(text, 20, length);
                for (int i = length; i < 29; i++) {
                    nanos *= 10;
                }
            }
        }
        try {
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isoDateShape(String text) {
        return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-'
                && digits(text, 8, 10);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The value of the digits in [from, to), at most 9 of them (checked by the caller). */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
