package org.waymark.model.journey;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a journey is active: from {@code start} to {@code end}, read in {@code zone}. */
public record Schedule(LocalDateTime start, LocalDateTime end, ZoneId zone) {

    public ZonedDateTime zonedStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime zonedEnd() {
        return end.atZone(zone);
    }

    public boolean endsAfterStart() {
        return end.isAfter(start);
    }
}
