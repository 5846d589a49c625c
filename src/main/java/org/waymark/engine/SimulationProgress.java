package org.waymark.engine;

/**
 * Told how far a simulation has come, and asked whether to stop. Called from worker threads: implementations
 * must be thread-safe and quick.
 */
public interface SimulationProgress {

    /** Ignores progress and never cancels. */
    SimulationProgress NONE = new SimulationProgress() {
        @Override
        public void progress(double fraction, String what) {
            // nobody listens
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} of the work is done (0 to 1); {@code what} says what is being done. */
    void progress(double fraction, String what);

    /** True once the simulation should stop; the result then holds what was done so far. */
    boolean cancelled();
}
