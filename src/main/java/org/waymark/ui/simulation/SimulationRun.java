package org.waymark.ui.simulation;

import java.util.List;
import java.util.Optional;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.TileReport;

/**
 * A finished simulation as the window shows it: the job it ran, each tile's counts in reading order, the totals,
 * how many contacts the population held, and the run id its interactions were written under (empty when they
 * were not written). Cancelled runs are never shown; they only say they were cancelled.
 */
public record SimulationRun(SimulationJob job, List<TileReport> tiles, long population, long contactsEntered,
                            long interactions, int leads, int activities, int workflowRuns, Optional<String> runId,
                            boolean cancelled) {

    public SimulationRun {
        tiles = List.copyOf(tiles);
    }

    /** What {@code result} says about {@code job}, run over {@code population} contacts. */
    public static SimulationRun of(SimulationJob job, long population, SimulationResult result, Optional<String> runId) {
        return new SimulationRun(job, result.tiles(), population, result.contactsEntered(),
                result.interactions().size(), result.leads().size(), result.activities().size(),
                result.workflowRuns().size(), runId, result.cancelled());
    }

    /** A run stopped before it had a result. */
    public static SimulationRun cancelled(SimulationJob job) {
        return new SimulationRun(job, List.of(), 0, 0, 0, 0, 0, 0, Optional.empty(), true);
    }
}
