package org.waymark.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Recurrence;
import org.waymark.model.journey.Schedule;

/**
 * The virtual time a run covers, in epoch seconds: from the later of the requested start and the journey's
 * schedule start, to the earlier of the requested period's end and the schedule's end (exclusive). A recurring
 * journey runs in iterations of {@code intervalDays} calendar days in the schedule's zone (so an iteration starts at
 * the schedule's time of day across a daylight-saving change), counted from its schedule start, at most
 * {@code count} of them; those outside the run are skipped but keep their numbers. A journey that does not recur
 * has one iteration covering the whole run.
 */
final class RunWindow {

    private final long start;
    private final long end;
    private final long[] iterationStarts;
    private final long[] iterationEnds;
    private final int[] iterationNumbers;
    private final int plannedIterations;
    private final boolean recurring;
    private final String endReason;
    private final ZoneId zone;

    private RunWindow(long start, long end, List<long[]> iterations, int plannedIterations, boolean recurring,
                      String endReason, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.iterationStarts = iterations.stream().mapToLong(i -> i[0]).toArray();
        this.iterationEnds = iterations.stream().mapToLong(i -> i[1]).toArray();
        this.iterationNumbers = iterations.stream().mapToInt(i -> (int) i[2]).toArray();
        this.plannedIterations = plannedIterations;
        this.recurring = recurring;
        this.endReason = endReason;
        this.zone = zone;
    }

    static RunWindow of(JourneySettings settings, Instant requestStart, Duration period) {
        Schedule schedule = settings.schedule();
        long from = requestStart.getEpochSecond();
        long until = saturatedAdd(from, period.getSeconds());
        String reason = "End of the simulated period";
        ZonedDateTime anchor = requestStart.atZone(ZoneOffset.UTC);
        ZoneId zone = ZoneOffset.UTC;
        if (schedule != null) {
            zone = schedule.zone();
            long scheduleStart = schedule.zonedStart().toEpochSecond();
            long scheduleEnd = schedule.zonedEnd().toEpochSecond();
            anchor = schedule.zonedStart();
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
            long interval = recurrence.intervalDays();
            for (int k = 0; k < recurrence.count(); k++) {
                long planned = anchor.plusDays(k * interval).toEpochSecond();
                if (planned >= until) {
                    break;
                }
                long iterationStart = Math.max(from, planned);
                long iterationEnd = Math.min(until, anchor.plusDays((k + 1) * interval).toEpochSecond());
                if (iterationStart < iterationEnd) {
                    iterations.add(new long[] {iterationStart, iterationEnd, k + 1});
                }
            }
        } else if (from < until) {
            iterations.add(new long[] {from, until, 1});
        }
        return new RunWindow(from, Math.max(from, until), iterations, recurring ? recurrence.count() : 1, recurring,
                reason, zone);
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

    /** The journey's own number of iteration {@code k} of this run, from 1 (earlier ones may be outside the run). */
    int iterationNumber(int k) {
        return iterationNumbers[k];
    }

    /** How many iterations the journey's recurrence plans (1 when it does not recur). */
    int plannedIterations() {
        return plannedIterations;
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
