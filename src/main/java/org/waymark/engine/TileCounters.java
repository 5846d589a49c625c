package org.waymark.engine;

/**
 * The counts of every tile for one chunk of contacts (or, once merged, for the run): entered, waiting, passed,
 * removed, and each tile's branch and message counts by the key index its step declared in {@link TileKeys}.
 */
final class TileCounters {

    final long[] entered;
    final long[] waiting;
    final long[] passed;
    final long[] removed;
    final long[][] branches;
    final long[][] messages;

    TileCounters(TileKeys keys) {
        int tiles = keys.tileCount();
        entered = new long[tiles];
        waiting = new long[tiles];
        passed = new long[tiles];
        removed = new long[tiles];
        branches = new long[tiles][];
        messages = new long[tiles][];
        for (int t = 0; t < tiles; t++) {
            branches[t] = new long[keys.branches(t).size()];
            messages[t] = new long[keys.messages(t).size()];
        }
    }

    void count(int tile, int messageKey) {
        messages[tile][messageKey]++;
    }

    void branch(int tile, int lane) {
        branches[tile][lane]++;
    }

    /** Adds {@code other}'s counts to these. */
    void add(TileCounters other) {
        for (int t = 0; t < entered.length; t++) {
            entered[t] += other.entered[t];
            waiting[t] += other.waiting[t];
            passed[t] += other.passed[t];
            removed[t] += other.removed[t];
            for (int k = 0; k < branches[t].length; k++) {
                branches[t][k] += other.branches[t][k];
            }
            for (int k = 0; k < messages[t].length; k++) {
                messages[t][k] += other.messages[t][k];
            }
        }
    }
}
