package org.waymark.ui.simulation;

import java.util.Optional;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationProgress;
import org.waymark.engine.SimulationRequest;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.Simulator;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;

/**
 * Runs a job with the engine: reads the behaviour model, builds the population (the store's contacts, or synthetic
 * ones made from the seed), simulates on all processors with the stored emails' followed links, and, when asked and
 * not cancelled, saves the interactions under a new run id.
 */
public final class EngineSimulationService implements SimulationService {

    private final SimulationStore store;
    private final AssetCatalog assets;
    private final int threads;

    public EngineSimulationService(SimulationStore store, AssetCatalog assets, int threads) {
        this.store = store;
        this.assets = assets;
        this.threads = Math.max(1, threads);
    }

    @Override
    public SimulationRun run(SimulationJob job, SimulationProgress progress) {
        SimulationSettings settings = job.settings();
        progress.progress(0, "Reading the behaviour model…");
        BehaviourModel model = settings.modelFile() == null ? BehaviourModel.defaults()
                : BehaviourModel.read(settings.modelFile());
        progress.progress(0, settings.storeContacts() ? "Reading the store's contacts…" : "Making up contacts…");
        Population population = settings.storeContacts() ? store.population(job.start())
                : Population.synthetic(settings.syntheticContacts(), settings.seed());
        if (progress.cancelled()) {
            return SimulationRun.cancelled(job);
        }
        Journey journey = job.journey();
        long unit = settings.storeContacts() && journey.settings().businessUnit() != null
                ? store.businessUnitId(journey.settings().businessUnit()) : InteractionBatch.NONE;
        SimulationRequest request = new SimulationRequest(journey, population, model, settings.seed(), job.start(),
                settings.period(), threads, unit).withEmailAssets(assets);
        SimulationResult result = new Simulator().run(request, progress);
        if (result.cancelled() || progress.cancelled()) {
            return SimulationRun.cancelled(job);
        }
        Optional<String> runId = Optional.empty();
        if (settings.persist()) {
            progress.progress(1, "Saving " + Counts.plural(result.interactions().size(), "interaction",
                    "interactions") + "…");
            runId = store.save(job, result, progress::cancelled);
            if (runId.isEmpty()) {
                return SimulationRun.cancelled(job);
            }
        }
        return SimulationRun.of(job, population.size(), result, runId);
    }
}
