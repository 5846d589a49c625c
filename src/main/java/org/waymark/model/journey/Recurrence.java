package org.waymark.model.journey;

/** A recurring journey reprocesses its contacts every {@code intervalDays}, at most {@code count} times. */
public record Recurrence(int intervalDays, int count) {

    /** Days the whole recurrence needs; it must fit between the journey's start and end. */
    public long totalDays() {
        return (long) intervalDays * count;
    }
}
