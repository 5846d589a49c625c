package org.waymark.model.file;

import org.waymark.model.tile.Wait;

/** A wait in a journey file: an ISO duration ({@code P7D}) or a local date-time ({@code 2026-05-01T09:00}). */
final class WaitFormat {

    private WaitFormat() {
    }

    static Wait read(JsonCursor at) throws JourneyFileException {
        String value = at.text();
        if (value.startsWith("P") || value.startsWith("-P")) {
            return Wait.forDuration(at.positiveDuration());
        }
        return Wait.until(at.localDateTime());
    }

    static String write(Wait wait) {
        if (wait instanceof Wait.For f) {
            return duration(f.duration());
        }
        return ((Wait.Until) wait).moment().toString();
    }

    /** ISO-8601 with whole days kept as days: {@code P7D}, {@code P1DT12H}, {@code PT36M}. */
    static String duration(java.time.Duration duration) {
        long days = duration.toDays();
        java.time.Duration rest = duration.minusDays(days);
        if (days == 0) {
            return duration.toString();
        }
        return "P" + days + "D" + (rest.isZero() ? "" : rest.toString().substring(1));
    }
}
