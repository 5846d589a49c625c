package org.waymark.engine;

import java.util.Arrays;

/**
 * Contacts arriving at (or leaving) a tile together: chunk positions in increasing order, each with its time
 * (epoch second). Every step keeps the order, so outputs come out by contact without sorting.
 */
final class Cohort {

    private int[] positions;
    private long[] times;
    private int size;

    Cohort(int capacity) {
        positions = new int[Math.max(4, capacity)];
        times = new long[positions.length];
    }

    void add(int position, long time) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        positions[size] = position;
        times[size++] = time;
    }

    int size() {
        return size;
    }

    int position(int k) {
        return positions[k];
    }

    long time(int k) {
        return times[k];
    }
}
