package org.waymark.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.waymark.model.tile.ReleaseWindow;

/**
 * The moments a release window is open between two epoch seconds, worked out once in the journey's zone as
 * sorted, merged [open, close) intervals, so that finding the next open moment for a million contacts is a
 * binary search. No days means every day; a window whose end is not after its start runs past midnight.
 * Days are listed from two days before {@code from} (in UTC) to two days after {@code until}, so that no zone
 * offset can leave a gap at either end.
 */
final class ReleaseCalendar {

    /** Windows are worked out for at most this long (20 years); a contact held longer waits for ever. */
    private static final long MAX_SPAN = 20L * 366 * 86_400L;

    private final long[] opens;
    private final long[] closes;

    ReleaseCalendar(ReleaseWindow window, ZoneId zone, long from, long until) {
        Set<DayOfWeek> days = window.days();
        LocalTime open = window.from() == null ? LocalTime.MIDNIGHT : window.from();
        LocalTime close = window.to() == null ? LocalTime.MIDNIGHT : window.to();
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(from, 86_400L)).minusDays(2);
        LocalDate last = LocalDate.ofEpochDay(Math.floorDiv(Math.min(until, from + MAX_SPAN), 86_400L)).plusDays(2);
        List<long[]> intervals = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!days.isEmpty() && !days.contains(day.getDayOfWeek())) {
                continue;
            }
            long start = day.atTime(open).atZone(zone).toEpochSecond();
            LocalDate closeDay = close.isAfter(open) ? day : day.plusDays(1);
            long end = closeDay.atTime(close).atZone(zone).toEpochSecond();
            if (end > start) {
                add(intervals, start, end);
            }
        }
        opens = intervals.stream().mapToLong(i -> i[0]).toArray();
        closes = intervals.stream().mapToLong(i -> i[1]).toArray();
    }

    /** The first open moment at or after {@code at}, or {@link EventLog#NEVER} when the window never opens again. */
    long nextOpen(long at) {
        int low = 0;
        int high = closes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (closes[mid] <= at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == closes.length ? EventLog.NEVER : Math.max(at, opens[low]);
    }

    private static void add(List<long[]> intervals, long start, long end) {
        if (!intervals.isEmpty()) {
            long[] previous = intervals.get(intervals.size() - 1);
            if (start <= previous[1]) {
                previous[1] = Math.max(previous[1], end);
                return;
            }
        }
        intervals.add(new long[] {start, end});
    }
}
