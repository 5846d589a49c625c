package org.waymark.store.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A simulation run kept in the store: which journey (its stored id when it came from the store), seed and behaviour
 * model, the simulated period from {@code startedAt}, how many contacts entered and interactions it wrote, and when
 * it was recorded.
 */
public record SimulationRun(String runId, Long journeyId, String journeyName, long seed, String modelName,
                            Instant startedAt, Duration period, long contacts, long interactions, Instant createdAt) {

    public Optional<Long> storedJourney() {
        return Optional.ofNullable(journeyId);
    }
}
