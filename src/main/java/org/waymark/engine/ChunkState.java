package org.waymark.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.engine.behaviour.ContactTraits;
import org.waymark.engine.behaviour.DeterministicRandom;
import org.waymark.model.interaction.InteractionBatch;

/**
 * Everything one chunk of contacts needs while it moves through the journey, owned by the one thread that runs
 * it: who is in the chunk (positions 0..size-1 map to population indices), when each contact leaves the journey,
 * the trigger event columns, the counters and the outputs of each iteration.
 */
final class ChunkState {

    private final JourneyPlan plan;
    private final Population population;
    private final BehaviourModel model;
    private final int[] members;
    private final long[] unsubscribedAt;
    private final long[] removeAt;
    private final TileCounters counters;
    private final List<IterationOutput> outputs = new ArrayList<>();
    private final long runEnd;
    private final RowBuffer rows = new RowBuffer();
    private EventLog[] logs;
    private short[] lastTiles;
    private IterationOutput output;
    private DeterministicRandom random;
    private long iterationStart;
    private long iterationEnd;

    ChunkState(JourneyPlan plan, Population population, BehaviourModel model, int[] members, long runEnd) {
        this.plan = plan;
        this.population = population;
        this.model = model;
        this.members = members;
        this.runEnd = runEnd;
        this.unsubscribedAt = new long[members.length];
        this.removeAt = new long[members.length];
        Arrays.fill(unsubscribedAt, EventLog.NEVER);
        this.counters = new TileCounters(plan.keys());
    }

    /** Starts an iteration: fresh event columns and leave times, a fresh output. */
    void beginIteration(long start, long end, DeterministicRandom iterationRandom, short[] iterationLastTiles) {
        iterationStart = start;
        iterationEnd = end;
        random = iterationRandom;
        lastTiles = iterationLastTiles;
        Arrays.fill(removeAt, EventLog.NEVER);
        logs = new EventLog[plan.tileCount()];
        for (int t = 0; t < logs.length; t++) {
            Watch watch = plan.watch(t);
            if (watch != null) {
                logs[t] = new EventLog(watch, members.length);
            }
        }
        output = new IterationOutput(plan.tileCount());
        outputs.add(output);
    }

    /** Counts a cohort in at a pipeline tile and notes it as each contact's furthest tile. */
    void enter(int tile, Cohort cohort) {
        counters.entered[tile] += cohort.size();
        for (int k = 0; k < cohort.size(); k++) {
            lastTiles[members[cohort.position(k)]] = (short) tile;
        }
    }

    /**
     * A contact that arrived at {@code tile} would leave it at {@code departure}: it is still there when the
     * iteration ends (waiting), or it leaves the journey first (passed, removed), or it goes on to {@code next}.
     * Returns whether it went on.
     */
    boolean leave(int tile, int position, long departure, Cohort next) {
        long remove = removeAt[position];
        if (Math.min(remove, departure) >= iterationEnd) {
            counters.waiting[tile]++;
            return false;
        }
        counters.passed[tile]++;
        if (remove <= departure) {
            counters.removed[tile]++;
            return false;
        }
        next.add(position, departure);
        return true;
    }

    /** The contact leaves the journey at {@code at} (suppressed or unsubscribed while on it). */
    void removeAt(int position, long at) {
        removeAt[position] = Math.min(removeAt[position], at);
    }

    long removeAt(int position) {
        return removeAt[position];
    }

    /** The contact unsubscribed from the journey's subscription lists at {@code at}. */
    void unsubscribed(int position, long at) {
        unsubscribedAt[position] = Math.min(unsubscribedAt[position], at);
        if (plan.targetsSubscriptionList()) {
            removeAt(position, at);
        }
    }

    long unsubscribedAt(int position) {
        return unsubscribedAt[position];
    }

    int size() {
        return members.length;
    }

    int populationIndex(int position) {
        return members[position];
    }

    ContactTraits traits(int position) {
        return population.traits(members[position]);
    }

    Population population() {
        return population;
    }

    BehaviourModel model() {
        return model;
    }

    DeterministicRandom random() {
        return random;
    }

    long iterationStart() {
        return iterationStart;
    }

    long iterationEnd() {
        return iterationEnd;
    }

    /** Nothing after this is recorded: the run's end. */
    long runEnd() {
        return runEnd;
    }

    /** The event columns of a watched tile, or null when no trigger watches it. */
    EventLog log(int tile) {
        return logs[tile];
    }

    TileCounters counters() {
        return counters;
    }

    InteractionBatch interactions(int tile) {
        return output.interactions(tile);
    }

    /** The scratch buffer for one contact's interactions at one tile. */
    RowBuffer rows() {
        return rows;
    }

    IterationOutput output() {
        return output;
    }

    List<IterationOutput> outputs() {
        return outputs;
    }
}
