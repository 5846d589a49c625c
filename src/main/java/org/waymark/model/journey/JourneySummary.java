package org.waymark.model.journey;

import java.time.LocalDateTime;

/** One row of the journey list: what a user needs to find and open a stored journey. */
public record JourneySummary(long id, String name, JourneyStatus status, int tileCount, LocalDateTime updatedAt) {
}
