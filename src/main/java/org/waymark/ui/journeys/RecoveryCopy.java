package org.waymark.ui.journeys;

import java.time.Instant;
import org.waymark.model.journey.Journey;

/** A journey's unsaved state as last written beside the store, and when it was written. */
public record RecoveryCopy(Journey journey, Instant savedAt) {
}
