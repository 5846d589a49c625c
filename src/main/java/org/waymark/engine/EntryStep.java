package org.waymark.engine;

/**
 * The first tile of a journey: decides, for one chunk and one iteration, who enters and when, lets the
 * {@link Gates} refuse whom they must, and returns the cohort leaving the start tile.
 */
abstract class EntryStep {

    static final int TARGETED = 0;
    static final int EXCLUDED = 1;
    static final int BELOW_CONSENT = 2;
    static final int OUT_OF_SCOPE = 3;
    static final int SUPPRESSED = 4;

    protected final int tile;
    private final Gates gates;

    EntryStep(int tile, Gates gates, TileKeys keys) {
        this.tile = tile;
        this.gates = gates;
        keys.declareMessages(tile, "targeted", "excluded", "belowConsent", "outOfScope", "suppressed");
    }

    abstract Cohort enter(ChunkState state);

    /**
     * Admits the contact at {@code position}, targeted at {@code at}, unless a gate refuses it; an admitted
     * contact leaves the journey when it joins the suppression segment later. Returns whether it was admitted.
     */
    protected boolean admit(ChunkState state, int position, long at, Cohort entering) {
        int index = state.populationIndex(position);
        int refusal = gates.refusal(index, at);
        if (refusal != Gates.ADMITTED) {
            state.counters().count(tile, BELOW_CONSENT + refusal);
            return false;
        }
        long suppressed = gates.suppressedFrom(index);
        if (suppressed != SegmentMembers.NEVER) {
            state.removeAt(position, suppressed);
        }
        entering.add(position, at);
        return true;
    }

    /** Counts the entering contacts in at the start tile and lets them leave it at once. */
    protected Cohort leaveStart(ChunkState state, Cohort entering) {
        state.enter(tile, entering);
        Cohort next = new Cohort(entering.size());
        for (int k = 0; k < entering.size(); k++) {
            state.leave(tile, entering.position(k), entering.time(k), next);
        }
        return next;
    }
}
