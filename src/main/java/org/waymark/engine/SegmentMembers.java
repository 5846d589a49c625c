package org.waymark.engine;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Who belongs to one segment or subscription list, by population index, and since when: most members belong
 * from the beginning; the few who joined later carry their time in a small sorted side table.
 */
final class SegmentMembers {

    /** Not a member. */
    static final long NEVER = Long.MAX_VALUE;
    /** A member from before any run starts. */
    static final long ALWAYS = Long.MIN_VALUE;

    private final String kind;
    private final BitSet members;
    private final BitSet late;
    private final int[] lateIndices;
    private final long[] lateSince;

    SegmentMembers(String kind, BitSet members, BitSet late, int[] lateIndices, long[] lateSince) {
        this.kind = kind;
        this.members = members;
        this.late = late;
        this.lateIndices = lateIndices;
        this.lateSince = lateSince;
    }

    /** Builds from a joined-at column ({@link #NEVER}, {@link #ALWAYS} or an epoch second per index). */
    static SegmentMembers of(String kind, long[] joinedAt, int size) {
        BitSet members = new BitSet(size);
        BitSet late = new BitSet(size);
        int lateCount = 0;
        for (int i = 0; i < size; i++) {
            if (joinedAt[i] != NEVER) {
                members.set(i);
                if (joinedAt[i] != ALWAYS) {
                    late.set(i);
                    lateCount++;
                }
            }
        }
        int[] indices = new int[lateCount];
        long[] since = new long[lateCount];
        int k = 0;
        for (int i = late.nextSetBit(0); i >= 0; i = late.nextSetBit(i + 1)) {
            indices[k] = i;
            since[k++] = joinedAt[i];
        }
        return new SegmentMembers(kind, members, late, indices, since);
    }

    String kind() {
        return kind;
    }

    boolean isSubscriptionList() {
        return "SUBSCRIPTION_LIST".equalsIgnoreCase(kind);
    }

    /** When the contact at {@code index} joined: {@link #NEVER}, {@link #ALWAYS} or an epoch second. */
    long joinedAt(int index) {
        if (!members.get(index)) {
            return NEVER;
        }
        if (!late.get(index)) {
            return ALWAYS;
        }
        return lateSince[Arrays.binarySearch(lateIndices, index)];
    }

    int size() {
        return members.cardinality();
    }
}
