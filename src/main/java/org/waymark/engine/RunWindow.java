package org.waymark.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;

/**
 * The virtual time a run covers, in epoch seconds: from the later of the requested start and the journey's
 * schedule start, to the earlier of the requested period's end and the schedule's end (exclusive). A recurring
 * journey runs in iterations of {@code intervalDays}, counted from its schedule start, at most {@code count} of
 * them; a journey that does not recur has one iteration covering the whole run.
 */
final class RunWindow {

    private static final long DAY = 86_400L;

    private final long start;
    private final long end;
    private final long[] iterationStarts;
    private final long[] iterationEnds;
    private final boolean recurring;
    private final String endReason;
    private final ZoneId zone;

    private RunWindow(long start, long end, List<long[]> iterations, boolean recurring, String endReason,
                      ZoneId zone) {
        this.start = start;
        this.end = end;
        this.iterationStarts = iterations.stream().mapToLong(i -> i[0]).toArray();
        this.iterationEnds = iterations.stream().mapToLong(i -> i[1]).toArray();
        this.recurring = recurring;
        this.endReason = endReason;
        this.zone = zone;
    }

    static RunWindow of(JourneySettings settings, Instant requestStart, Duration period) {
        Schedule schedule = settings.schedule();
        long from = requestStart.getEpochSecond();
        long until = saturatedAdd(from, period.getSeconds());
        String reason = "End of the simulated period";
        long anchor = from;
        ZoneId zone = ZoneOffset.UTC;
        if (schedule != null) {
            zone = schedule.zone();
            long scheduleStart = schedule.zonedStart().toEpochSecond();
            long scheduleEnd = schedule.zonedEnd().toEpochSecond();
            anchor = scheduleStart;
            from = Math.max(from, scheduleStart);
            if (scheduleEnd <= until) {
                until = scheduleEnd;
                reason = "End of the journey's schedule";
            }
        }
        List<long[]> iterations = new ArrayList<>();
        Recurrence recurrence = settings.recurrence();
        boolean recurring = recurrence != null && recurrence.intervalDays() > 0 && recurrence.count() > 0;
        if (recurring) {
            long interval = recurrence.intervalDays() * DAY;
            for (int k = 0; k < recurrence.count(); k++) {
                long iterationStart = Math.max(from, anchor + k * interval);
                long iterationEnd = Math.min(until, anchor + (k + 1) * interval);
                if (iterationStart < iterationEnd) {
                    iterations.add(new long[] {iterationStart, iterationEnd});
                }
            }
        } else if (from < until) {
            iterations.add(new long[] {from, until});
        }
        return new RunWindow(from, Math.max(from, until), iterations, recurring, reason, zone);
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    int iterations() {
        return iterationStarts.length;
    }

    long iterationStart(int k) {
        return iterationStarts[k];
    }

    long iterationEnd(int k) {
        return iterationEnds[k];
    }

    boolean recurring() {
        return recurring;
    }

    String endReason() {
        return endReason;
    }

    /** The zone in which the journey's dates and release windows are read. */
    ZoneId zone() {
        return zone;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
