package org.waymark.ui.simulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.StorePopulation;
import org.waymark.store.Store;
import org.waymark.store.simulation.InteractionWriter;
import org.waymark.store.simulation.SimulationOutput;
import org.waymark.store.simulation.SimulationRecorder;
import org.waymark.store.simulation.SimulationRuns;
import org.waymark.store.simulation.WriteCancelledException;

/**
 * The simulator's side of the open store: its audience as a population ({@link StorePopulation}), and a run saved
 * with {@link SimulationRecorder} under a new id from {@link SimulationRuns}, in one transaction.
 */
public final class StoreSimulationStore implements SimulationStore {

    private final Store store;
    private final Clock clock;

    public StoreSimulationStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Population population(Instant asOf) {
        return new StorePopulation(store).load(asOf);
    }

    @Override
    public long businessUnitId(String name) {
        return new StorePopulation(store).businessUnitId(name);
    }

    @Override
    public Optional<String> save(SimulationJob job, SimulationResult result, BooleanSupplier cancelled) {
        Instant now = clock.instant();
        String runId = new SimulationRuns(store).newRunId(now);
        SimulationSettings settings = job.settings();
        var run = new org.waymark.store.simulation.SimulationRun(runId,
                job.journeyId().isPresent() ? job.journeyId().getAsLong() : null, job.journey().name(),
                settings.seed(), settings.modelName(), job.start(), settings.period(), result.contactsEntered(),
                result.interactions().size(), now);
        try {
            new SimulationRecorder(store, new InteractionWriter()).record(run, output(result), cancelled);
            return Optional.of(runId);
        } catch (WriteCancelledException e) {
            return Optional.empty();
        }
    }

    private static SimulationOutput output(SimulationResult result) {
        return new SimulationOutput(result.interactions(),
                result.leads().stream().map(l -> new SimulationOutput.Lead(l.contactId(), l.accountId(), l.topic(),
                        l.at(), l.tileId())).toList(),
                result.activities().stream().map(a -> new SimulationOutput.Activity(a.contactId(), a.accountId(),
                        a.kind(), a.subject(), a.at(), a.tileId())).toList(),
                result.workflowRuns().stream().map(w -> new SimulationOutput.WorkflowRun(w.contactId(),
                        w.accountId(), w.workflow(), w.at(), w.tileId())).toList(),
                result.milestones().stream().map(m -> new SimulationOutput.Milestone(m.kind(), m.at(), m.detail()))
                        .toList(),
                result.tiles().stream().map(r -> new SimulationOutput.Tile(r.tileId(), r.label())).toList());
    }
}
