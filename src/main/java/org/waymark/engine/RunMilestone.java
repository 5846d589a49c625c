package org.waymark.engine;

/**
 * A moment in a simulated run: {@code kind} is a {@link org.waymark.model.journey.MilestoneKind} name
 * (RUN_STARTED, ITERATION_STARTED, ENDED, STOPPED), {@code at} an epoch second.
 */
public record RunMilestone(String kind, long at, String detail) {
}
