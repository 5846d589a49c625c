package org.waymark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.engine.RunMilestone;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.TileReport;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;

/**
 * The JSON report of {@code waymark simulate --report FILE}: what was simulated (run id when persisted, seed,
 * journey, model, window, population), the per-tile counts, totals and milestones. The same run gives the same
 * bytes, but for the run id.
 */
final class SimulationReport {

    /** What was simulated: the journey by name and by stored id or file, and where the contacts came from. */
    record Run(String runId, long seed, String journeyName, Long journeyId, Path journeyFile, String model,
               Instant start, Duration period, String population, int populationSize) {
    }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path file, Run run, SimulationResult result) throws IOException {
        json.writeValue(file.toFile(), tree(run, result));
    }

    ObjectNode tree(Run run, SimulationResult result) {
        ObjectNode root = json.createObjectNode();
        root.put("runId", run.runId());
        root.put("seed", run.seed());
        ObjectNode journey = root.putObject("journey");
        journey.put("name", run.journeyName());
        journey.put("id", run.journeyId());
        journey.put("file", run.journeyFile() == null ? null : run.journeyFile().toString());
        root.put("model", run.model());
        root.put("start", run.start().toString());
        root.put("period", run.period().toString());
        ObjectNode population = root.putObject("population");
        population.put("source", run.population());
        population.put("contacts", run.populationSize());
        root.put("contactsEntered", result.contactsEntered());
        ArrayNode tiles = root.putArray("tiles");
        for (TileReport tile : result.tiles()) {
            ObjectNode t = tiles.addObject();
            t.put("id", tile.tileId());
            t.put("label", tile.label());
            t.put("type", tile.type());
            t.put("entered", tile.entered());
            t.put("waiting", tile.waiting());
            t.put("passed", tile.passed());
            tile.branches().forEach(t.putObject("branches")::put);
            tile.messages().forEach(t.putObject("messages")::put);
        }
        totals(root.putObject("totals"), result);
        ArrayNode milestones = root.putArray("milestones");
        for (RunMilestone m : result.milestones()) {
            milestones.addObject().put("kind", m.kind()).put("at", Instant.ofEpochSecond(m.at()).toString())
                    .put("detail", m.detail());
        }
        return root;
    }

    private static void totals(ObjectNode totals, SimulationResult result) {
        InteractionBatch interactions = result.interactions();
        totals.put("interactions", interactions.size());
        Map<InteractionType, Map<String, Long>> byType = new LinkedHashMap<>();
        for (InteractionType type : InteractionType.values()) {
            Map<String, Long> subtypes = new LinkedHashMap<>();
            type.subtypes().forEach(s -> subtypes.put(s, 0L));
            byType.put(type, subtypes);
        }
        for (int i = 0; i < interactions.size(); i++) {
            byType.get(interactions.type(i)).merge(interactions.subtype(i), 1L, Long::sum);
        }
        ObjectNode types = totals.putObject("byType");
        byType.forEach((type, subtypes) -> {
            if (subtypes.values().stream().anyMatch(n -> n > 0)) {
                subtypes.forEach(types.putObject(type.name())::put);
            }
        });
        totals.put("leads", result.leads().size());
        totals.put("activities", result.activities().size());
        totals.put("workflowRuns", result.workflowRuns().size());
    }
}
