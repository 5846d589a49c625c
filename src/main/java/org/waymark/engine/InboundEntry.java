package org.waymark.engine;

import org.waymark.engine.behaviour.DeterministicRandom;

/**
 * Entry from an inbound start (form submitted, record updated): the behaviour model says when, if at all,
 * each contact submits the form or has its record updated during the iteration; the contact enters then.
 */
final class InboundEntry extends EntryStep {

    private final String startKind;
    private final String assetName;

    /** {@code startKind} is "FORM_SUBMITTED" or "RECORD_UPDATED". */
    InboundEntry(int tile, String startKind, String assetName, Gates gates, TileKeys keys) {
        super(tile, gates, keys);
        this.startKind = startKind;
        this.assetName = assetName;
    }

    @Override
    Cohort enter(ChunkState state) {
        Cohort entering = new Cohort(Math.min(state.size(), 1024));
        long from = state.iterationStart();
        long to = state.iterationEnd();
        DeterministicRandom random = state.random();
        for (int p = 0; p < state.size(); p++) {
            long at = state.model().inboundStartAt(state.traits(p), startKind, assetName, from, to, random, tile);
            if (at < from || at >= to) {
                continue;
            }
            state.counters().count(tile, TARGETED);
            admit(state, p, at, entering);
        }
        return leaveStart(state, entering);
    }
}
