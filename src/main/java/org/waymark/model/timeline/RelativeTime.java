package org.waymark.model.timeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * When something happened, in words relative to {@code now}: "just now", "5 minutes ago", "3 hours ago",
 * "yesterday", "4 days ago", then "on 12 Mar 2026" from 30 days back (and for anything after {@code now}).
 */
public final class RelativeTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String of(LocalDateTime at, LocalDateTime now) {
        Duration ago = Duration.between(at, now);
        if (ago.isNegative()) {
            return "on " + DATE.format(at);
        }
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return plural(ago.toMinutes(), "minute") + " ago";
        }
        if (ago.toHours() < 24) {
            return plural(ago.toHours(), "hour") + " ago";
        }
        long days = ChronoUnit.DAYS.between(at.toLocalDate(), now.toLocalDate());
        if (days <= 1) {
            return "yesterday";
        }
        return days < 30 ? days + " days ago" : "on " + DATE.format(at);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
