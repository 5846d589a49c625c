package org.waymark.model.timeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;

/** The date ranges the filter panel offers; {@link #CUSTOM} takes its bounds from the filter. */
public enum TimelinePeriod {
    ALL_TIME("All time"),
    LAST_24_HOURS("Last 24 hours"),
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    LAST_12_MONTHS("Last 12 months"),
    CUSTOM("Custom range");

    private final String label;

    TimelinePeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first moment this period takes in, counted back from {@code now}; null for all time and custom. */
    public LocalDateTime start(LocalDateTime now) {
        return switch (this) {
            case LAST_24_HOURS -> now.minus(Duration.ofHours(24));
            case LAST_7_DAYS -> now.minusDays(7);
            case LAST_30_DAYS -> now.minusDays(30);
            case LAST_12_MONTHS -> now.minus(Period.ofMonths(12));
            case ALL_TIME, CUSTOM -> null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
