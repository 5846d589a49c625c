package org.waymark.store.simulation;

import org.waymark.model.interaction.InteractionBatch;

/**
 * The order in which {@link InteractionWriter} inserts a batch: by contact, then time, ties kept in batch order. H2
 * then appends to the (contact, time) index instead of jumping about it, which makes a large write about a third
 * faster than the engine's order (by tile, then contact). A natural merge sort: the engine's output is a few long runs
 * already sorted by contact (one per tile), so it takes a few passes.
 */
final class ContactOrder {

    private final long[] contacts;
    private final long[] times;

    private ContactOrder(InteractionBatch rows) {
        contacts = new long[rows.size()];
        times = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            contacts[i] = rows.contactId(i);
            times[i] = rows.occurredAt(i);
        }
    }

    /** The row indexes of {@code rows} by contact, then time, then position. */
    static int[] of(InteractionBatch rows) {
        return new ContactOrder(rows).sort();
    }

    private int[] sort() {
        int n = contacts.length;
        int[] order = new int[n];
        int[] runEnds = new int[Math.max(1, n)];
        int runs = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (i == n - 1 || before(i + 1, i)) {
                runEnds[runs++] = i + 1;
            }
        }
        int[] from = order;
        int[] to = new int[n];
        while (runs > 1) {
            int merged = 0;
            int start = 0;
            for (int r = 0; r < runs; r += 2) {
                int middle = runEnds[r];
                int end = r + 1 < runs ? runEnds[r + 1] : middle;
                merge(from, to, start, middle, end);
                runEnds[merged++] = end;
                start = end;
            }
            runs = merged;
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private void merge(int[] from, int[] to, int start, int middle, int end) {
        int left = start;
        int right = middle;
        for (int k = start; k < end; k++) {
            if (right >= end || (left < middle && !before(from[right], from[left]))) {
                to[k] = from[left++];
            } else {
                to[k] = from[right++];
            }
        }
    }

    /** Whether row {@code a} goes strictly before row {@code b} by contact, then time. */
    private boolean before(int a, int b) {
        if (contacts[a] != contacts[b]) {
            return contacts[a] < contacts[b];
        }
        return times[a] < times[b];
    }
}
