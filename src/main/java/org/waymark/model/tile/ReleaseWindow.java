package org.waymark.model.tile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** The weekdays and hours during which a scheduler releases contacts; {@code to} is exclusive. */
public record ReleaseWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public ReleaseWindow {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** The days in calendar order, Monday first. */
    public java.util.List<DayOfWeek> orderedDays() {
        return days.stream().sorted().toList();
    }
}
