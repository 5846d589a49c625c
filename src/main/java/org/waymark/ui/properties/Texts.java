package org.waymark.ui.properties;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing and formatting of the numbers, dates and times people type into the designer's fields. */
public final class Texts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    public static final String DATE_HINT = "YYYY-MM-DD";
    public static final String TIME_HINT = "HH:MM";

    private Texts() {
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it in the message ("a percentage"). */
    public static Checked<Integer> wholeNumber(String text, int min, int max, String what) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return Checked.invalid("Enter " + what);
        }
        try {
            int value = Integer.parseInt(trimmed);
            if (value < min || value > max) {
                return Checked.invalid(max == Integer.MAX_VALUE ? "Enter " + min + " or more"
                        : "Enter a number from " + min + " to " + max);
            }
            return Checked.ok(value);
        } catch (NumberFormatException e) {
            return Checked.invalid("'" + trimmed + "' is not a whole number");
        }
    }

    public static Checked<LocalDate> date(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return Checked.invalid("Enter a date as " + DATE_HINT);
        }
        try {
            return Checked.ok(LocalDate.parse(trimmed, DATE));
        } catch (DateTimeParseException e) {
            return Checked.invalid("'" + trimmed + "' is not a date: write it as " + DATE_HINT + ", e.g. 2027-03-01");
        }
    }

    /** A time of day as HH:MM; "9:00" is taken as 09:00. */
    public static Checked<LocalTime> time(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return Checked.invalid("Enter a time as " + TIME_HINT);
        }
        String padded = trimmed.matches("\\d:\\d\\d") ? "0" + trimmed : trimmed;
        try {
            return Checked.ok(LocalTime.parse(padded, TIME));
        } catch (DateTimeParseException e) {
            return Checked.invalid("'" + trimmed + "' is not a time: write it as " + TIME_HINT + " (24-hour), e.g. 17:30");
        }
    }

    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    public static String format(LocalTime time) {
        return TIME.format(time);
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** "PHONE_CALL" as "Phone call". */
    public static String sentence(Enum<?> constant) {
        String words = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
