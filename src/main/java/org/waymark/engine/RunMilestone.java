package org.waymark.engine;

/**
 * A moment in a simulated run: {@code kind} is a {@link org.waymark.model.journey.MilestoneKind} name, {@code at} an
 * epoch second. RUN_STARTED at the run's start (detail: the journey's name); ITERATION_STARTED at the start of
 * each iteration of a recurring journey ("Iteration 2 of 3"); ENDED at the run's end, the detail giving why:
 * "End of the journey's schedule", "End of the simulated period" or "Simulation cancelled" (a run whose period
 * misses the schedule has only ENDED, at its start).
 */
public record RunMilestone(String kind, long at, String detail) {
}
