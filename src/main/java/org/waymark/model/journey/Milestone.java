package org.waymark.model.journey;

import java.time.Instant;

/** One entry of a journey's life-cycle history. */
public record Milestone(Instant at, MilestoneKind kind, String detail) {
}
