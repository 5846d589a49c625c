package org.waymark.ui.simulation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.Schedule;

/**
 * One simulation to run: the journey as it was when the user asked (and its id in the store, when it has one), the
 * settings, and the virtual moment it starts: the journey's schedule start, or now for a journey without one.
 */
public record SimulationJob(Journey journey, OptionalLong journeyId, SimulationSettings settings, Instant start) {

    public static SimulationJob of(Journey journey, OptionalLong journeyId, SimulationSettings settings, Clock clock) {
        Schedule schedule = journey.settings().schedule();
        Instant start = schedule == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS)
                : schedule.zonedStart().toInstant();
        return new SimulationJob(journey, journeyId, settings, start);
    }
}
