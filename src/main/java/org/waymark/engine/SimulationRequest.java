package org.waymark.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.journey.Journey;

/**
 * One simulation to run: the journey, who may enter it, how they behave, the seed of every random choice, the
 * window of virtual time to simulate ({@code start}, {@code period}; the journey's own schedule narrows it), the
 * number of worker threads (the output does not depend on it) and the business unit of the journey's owner
 * ({@link org.waymark.model.interaction.InteractionBatch#NONE} when unknown), used by the business-unit scope.
 * {@code emailLinks} gives the link labels of stored emails by name ({@code AssetCatalog.emailLinks}); an email
 * offers those, then the links to its pages, forms and events, then the links its triggers wait for. An email
 * with no link at all offers one, labelled with its own name.
 */
public record SimulationRequest(Journey journey, Population population, BehaviourModel model, long seed,
                                Instant start, Duration period, int threads, long ownerBusinessUnitId,
                                Map<String, List<String>> emailLinks) {

    /** A request that knows no stored email's links. */
    public SimulationRequest(Journey journey, Population population, BehaviourModel model, long seed, Instant start,
                             Duration period, int threads, long ownerBusinessUnitId) {
        this(journey, population, model, seed, start, period, threads, ownerBusinessUnitId, Map.of());
    }

    public SimulationRequest {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        emailLinks = emailLinks == null ? Map.of() : Map.copyOf(emailLinks);
        if (period.isNegative()) {
            throw new IllegalArgumentException("A simulation period cannot be negative: " + period);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("A simulation needs at least one thread, not " + threads);
        }
    }
}
