package org.waymark.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.EmailTile;

/**
 * One simulation to run: the journey, who may enter it, how they behave, the seed of every random choice, the
 * window of virtual time to simulate ({@code start}, {@code period}; the journey's own schedule narrows it), the
 * number of worker threads (the output does not depend on it) and the business unit of the journey's owner
 * ({@link org.waymark.model.interaction.InteractionBatch#NONE} when unknown), used by the business-unit scope.
 *
 * <p>Only followed links and attachments are tracked, so only they are ever recorded. {@code emailLinks} gives the
 * followed link labels of stored emails by name ({@code AssetCatalog.followedEmailLinks}), {@code emailAttachments}
 * the file names of their followed attachments ({@code AssetCatalog.followedEmailAttachments});
 * {@link #withEmailAssets} fills both from a catalog. An email offers its followed links, then the links to its
 * pages, forms and events, then the links its triggers wait for; when {@code emailLinks} knows the email (has an
 * entry for it, even an empty one), a link a trigger waits for that is not among them is not tracked and never
 * clicked. An email {@code emailLinks} does not know that would offer no link at all offers one, labelled with its
 * own name. An email is viewed only through the attachments {@code emailAttachments} lists.
 */
public record SimulationRequest(Journey journey, Population population, BehaviourModel model, long seed,
                                Instant start, Duration period, int threads, long ownerBusinessUnitId,
                                Map<String, List<String>> emailLinks, Map<String, List<String>> emailAttachments) {

    /** A request that knows no stored email's links or attachments. */
    public SimulationRequest(Journey journey, Population population, BehaviourModel model, long seed, Instant start,
                             Duration period, int threads, long ownerBusinessUnitId) {
        this(journey, population, model, seed, start, period, threads, ownerBusinessUnitId, Map.of(), Map.of());
    }

    /** A request that knows the stored emails' followed links but none of their attachments. */
    public SimulationRequest(Journey journey, Population population, BehaviourModel model, long seed, Instant start,
                             Duration period, int threads, long ownerBusinessUnitId,
                             Map<String, List<String>> emailLinks) {
        this(journey, population, model, seed, start, period, threads, ownerBusinessUnitId, emailLinks, Map.of());
    }

    public SimulationRequest {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(period, "period");
        emailLinks = copy(emailLinks);
        emailAttachments = copy(emailAttachments);
        if (period.isNegative()) {
            throw new IllegalArgumentException("A simulation period cannot be negative: " + period);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("A simulation needs at least one thread, not " + threads);
        }
    }

    /**
     * This request, knowing in addition the followed links and attachments the catalog stores for every email the
     * journey sends (emails the catalog does not have stay unknown).
     */
    public SimulationRequest withEmailAssets(AssetCatalog catalog) {
        Set<String> stored = new HashSet<>(catalog.names(AssetKind.EMAIL));
        Map<String, List<String>> links = new LinkedHashMap<>(emailLinks);
        Map<String, List<String>> attachments = new LinkedHashMap<>(emailAttachments);
        for (TilePlace place : PipelineWalker.places(journey.pipeline())) {
            if (place.tile() instanceof EmailTile email && email.email() != null && stored.contains(email.email())) {
                links.put(email.email(), catalog.followedEmailLinks(email.email()));
                attachments.put(email.email(), catalog.followedEmailAttachments(email.email()));
            }
        }
        return new SimulationRequest(journey, population, model, seed, start, period, threads, ownerBusinessUnitId,
                links, attachments);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> byEmail) {
        if (byEmail == null || byEmail.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byEmail.forEach((email, names) -> copy.put(email, names == null ? List.of() : List.copyOf(names)));
        return Map.copyOf(copy);
    }
}
