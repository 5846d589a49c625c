package org.waymark.engine;

/** A tile that holds nobody and does nothing here (a start tile out of place): contacts pass straight on. */
final class PassStep extends Step {

    PassStep(int tile, TileKeys keys) {
        super(tile);
        keys.declareMessages(tile);
    }

    @Override
    Cohort run(ChunkState state, Cohort arriving) {
        state.enter(tile, arriving);
        Cohort next = new Cohort(arriving.size());
        for (int k = 0; k < arriving.size(); k++) {
            state.leave(tile, arriving.position(k), arriving.time(k), next);
        }
        return next;
    }
}
