package org.waymark.engine;

import java.util.Arrays;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;

/**
 * The interactions of one contact at one tile, gathered, put in time order (ties keep the order they were
 * added in) and then appended to the tile's batch. Only times in [0, limit) are kept: nothing is recorded after
 * the run's end. One per chunk, reused.
 */
final class RowBuffer {

    private String[] subtypes = new String[16];
    private long[] times = new long[16];
    private String[] details = new String[16];
    private int size;
    private long limit = Long.MAX_VALUE;

    void begin(long until) {
        size = 0;
        limit = until;
    }

    /** Adds a row unless its time is absent (negative) or not before the limit; returns whether it was kept. */
    boolean add(String subtype, long at, String detail) {
        if (at < 0 || at >= limit) {
            return false;
        }
        if (size == times.length) {
            subtypes = Arrays.copyOf(subtypes, size * 2);
            times = Arrays.copyOf(times, size * 2);
            details = Arrays.copyOf(details, size * 2);
        }
        subtypes[size] = subtype;
        times[size] = at;
        details[size] = detail;
        size++;
        return true;
    }

    void flush(InteractionBatch batch, long contactId, long accountId, InteractionType type, String assetKind,
               String assetName) {
        for (int i = 1; i < size; i++) {
            long time = times[i];
            String subtype = subtypes[i];
            String detail = details[i];
            int j = i - 1;
            while (j >= 0 && times[j] > time) {
                times[j + 1] = times[j];
                subtypes[j + 1] = subtypes[j];
                details[j + 1] = details[j];
                j--;
            }
            times[j + 1] = time;
            subtypes[j + 1] = subtype;
            details[j + 1] = detail;
        }
        for (int i = 0; i < size; i++) {
            batch.add(contactId, accountId, type, subtypes[i], times[i], assetKind, InteractionBatch.NONE, assetName,
                    details[i], null);
        }
        size = 0;
    }
}
