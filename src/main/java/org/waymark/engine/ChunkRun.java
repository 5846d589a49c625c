package org.waymark.engine;

import java.util.List;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.engine.behaviour.DeterministicRandom;

/**
 * Moves one chunk of contacts through the journey, iteration after iteration, tile by tile in reading order.
 * Touches nothing shared but its own entries of the furthest-tile columns.
 */
final class ChunkRun {

    private final JourneyPlan plan;
    private final RunWindow window;
    private final Population population;
    private final BehaviourModel model;
    private final List<DeterministicRandom> randoms;
    private final short[][] lastTiles;
    private final SimulationProgress progress;

    ChunkRun(JourneyPlan plan, RunWindow window, Population population, BehaviourModel model,
             List<DeterministicRandom> randoms, short[][] lastTiles, SimulationProgress progress) {
        this.plan = plan;
        this.window = window;
        this.population = population;
        this.model = model;
        this.randoms = randoms;
        this.lastTiles = lastTiles;
        this.progress = progress;
    }

    /** The chunk's state once every iteration ran, or null when the run was cancelled first. */
    ChunkState run(int[] members) {
        ChunkState state = new ChunkState(plan, population, model, members, window.end());
        for (int k = 0; k < window.iterations(); k++) {
            if (progress.cancelled()) {
                return null;
            }
            state.beginIteration(window.iterationStart(k), window.iterationEnd(k), randoms.get(k), lastTiles[k]);
            if (plan.entry() != null) {
                plan.afterEntry().run(state, plan.entry().enter(state));
            }
        }
        return state;
    }
}
