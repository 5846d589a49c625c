package org.waymark.engine;

/**
 * One tile of a compiled journey. It takes the cohort arriving at its tile (one chunk, one iteration), counts it,
 * does what the tile does, and returns who goes on to the next tile of its sequence with their departure times;
 * a branching step runs its lanes itself and returns null. Steps are immutable and shared by all threads; what
 * changes lives in {@link ChunkState}.
 */
abstract class Step {

    protected final int tile;

    Step(int tile) {
        this.tile = tile;
    }

    int tile() {
        return tile;
    }

    abstract Cohort run(ChunkState state, Cohort arriving);
}
