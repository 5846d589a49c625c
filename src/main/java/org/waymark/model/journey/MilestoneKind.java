package org.waymark.model.journey;

/** Things that happen in a journey's life, recorded as milestones. */
public enum MilestoneKind {
    CREATED,
    WENT_LIVE,
    RUN_STARTED,
    ITERATION_STARTED,
    ENDED,
    STOPPED
}
