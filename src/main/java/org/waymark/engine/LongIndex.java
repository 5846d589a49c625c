package org.waymark.engine;

import java.util.Arrays;

/** Finds the position of a long key (a contact id) among many, without boxing: open addressing, built once. */
final class LongIndex {

    private final long[] keys;
    private final int[] positions;
    private final int mask;

    /** Indexes {@code ids[0..size)}; a repeated id is refused. */
    LongIndex(long[] ids, int size) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        keys = new long[capacity];
        positions = new int[capacity];
        Arrays.fill(positions, -1);
        mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = slot(ids[i]);
            while (positions[slot] >= 0) {
                if (keys[slot] == ids[i]) {
                    throw new IllegalArgumentException("Contact " + ids[i] + " is in the population twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = ids[i];
            positions[slot] = i;
        }
    }

    /** The position of {@code id}, or -1. */
    int find(long id) {
        int slot = slot(id);
        while (positions[slot] >= 0) {
            if (keys[slot] == id) {
                return positions[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
