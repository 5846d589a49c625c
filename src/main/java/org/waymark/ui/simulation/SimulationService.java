package org.waymark.ui.simulation;

import org.waymark.engine.SimulationProgress;

/**
 * Runs a simulation job to the end, off the FX thread: builds the population, runs the simulator, and writes the
 * interactions when the settings ask for it. Tells {@code progress} how far it is and stops early once it is
 * cancelled; a cancelled job writes nothing. Throws with a message for the user when it cannot run.
 */
public interface SimulationService {

    SimulationRun run(SimulationJob job, SimulationProgress progress);
}
