package org.waymark.ui.journeys;

import org.waymark.model.journey.Journey;

/** The journey the window works on, with its id in the store. */
public record OpenJourney(long id, Journey journey) {
}
