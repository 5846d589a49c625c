package org.waymark.ui.simulation;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationResult;

/** The store's side of a simulation: who is in it, and where a run's records go. */
public interface SimulationStore {

    /** The store's contacts with their segments and subscription lists; dynamic segments as they are at {@code asOf}. */
    Population population(Instant asOf);

    /** The id of the business unit called {@code name}, or {@code InteractionBatch.NONE} when there is none. */
    long businessUnitId(String name);

    /**
     * Writes the run's interactions and records under a new run id, all or nothing, and returns the id; empty, with
     * nothing written, once {@code cancelled} says so.
     */
    Optional<String> save(SimulationJob job, SimulationResult result, BooleanSupplier cancelled);
}
