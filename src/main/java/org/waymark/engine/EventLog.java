package org.waymark.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.waymark.model.tile.TriggerCondition;

/**
 * When each contact of a chunk first did what a trigger watches at one tile, in this iteration: one column of
 * epoch seconds per watched condition or link, {@link #NEVER} where it did not happen (yet).
 */
final class EventLog {

    static final long NEVER = Long.MAX_VALUE;

    private final long[][] byCondition = new long[TriggerCondition.values().length][];
    private final Map<String, long[]> byLink = new HashMap<>();

    EventLog(Watch watch, int contacts) {
        for (TriggerCondition condition : watch.conditions()) {
            byCondition[condition.ordinal()] = never(contacts);
        }
        for (String link : watch.links()) {
            byLink.put(link, never(contacts));
        }
    }

    void record(TriggerCondition condition, int position, long at) {
        long[] column = byCondition[condition.ordinal()];
        if (column != null && at < column[position]) {
            column[position] = at;
        }
    }

    void recordLink(String link, int position, long at) {
        long[] column = byLink.get(link);
        if (column != null && at < column[position]) {
            column[position] = at;
        }
    }

    /** When the contact first met the condition ({@code link} for a specific link), or {@link #NEVER}. */
    long time(TriggerCondition condition, String link, int position) {
        long[] column = condition == TriggerCondition.CLICKED_LINK ? byLink.get(link == null ? "" : link)
                : byCondition[condition.ordinal()];
        return column == null ? NEVER : column[position];
    }

    private static long[] never(int contacts) {
        long[] column = new long[contacts];
        Arrays.fill(column, NEVER);
        return column;
    }
}
