package org.waymark.model.timeline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one rule for the times Waymark shows (decision 0015): the store keeps every moment in UTC, and every list,
 * timeline and detail shows it in the user's time zone (the computer's), named after the time where a time stands
 * alone ("4 May 2026, 09:00 CEST"). A journey's own settings (its schedule, its release windows) stay in the
 * journey's zone, named where it differs from the user's.
 */
public record ShownZone(ZoneId zone) {

    /** The user's zone, as the app's clock carries it. */
    public static ShownZone of(Clock clock) {
        return new ShownZone(clock.getZone());
    }

    /** A stored moment (UTC) as the user reads it. */
    public LocalDateTime shown(LocalDateTime storedUtc) {
        return storedUtc == null ? null
                : storedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
    }

    /** The clock's now as the user reads it. */
    public LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    /** The zone's short name at the shown moment {@code at} (its summer or winter name): "UTC", "CET", "EDT". */
    public String label(LocalDateTime at) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        if (at == null) {
            return zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        return java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at.atZone(zone));
    }
}
