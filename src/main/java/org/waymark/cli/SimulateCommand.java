package org.waymark.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationRequest;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.Simulator;
import org.waymark.engine.StorePopulation;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.engine.behaviour.BehaviourModelException;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.store.AssetRepository;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import org.waymark.store.simulation.InteractionWriter;
import org.waymark.store.simulation.SimulationRecorder;
import org.waymark.store.simulation.SimulationRun;
import org.waymark.store.simulation.SimulationRuns;
import org.waymark.store.simulation.WriteCancelledException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code waymark simulate}: runs a journey (a file, or one from the store) over the store's contacts or made-up ones,
 * prints the per-tile counts, and on request writes a JSON report and records the run in the store. Ctrl+C stops it
 * cleanly: a run is recorded whole or not at all. Exit codes: 0 done, 1 invalid input, 2 usage error, 130 cancelled.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulate contacts flowing through a journey and print the counts per tile.")
final class SimulateCommand extends JourneyCommand.Base {

    static final int USAGE = 2;
    static final int CANCELLED = 130;
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long SHUTDOWN_WAIT_MILLIS = 60_000;

    /** Where the journey comes from: exactly one of a file and a stored id. */
    static final class JourneySource {
        @Option(names = "--journey", paramLabel = "FILE", required = true, description = "A *.waymark.json file.")
        Path file;

        @Option(names = "--journey-id", paramLabel = "ID", required = true,
                description = "A journey in the store (see: journey list).")
        Long id;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    JourneySource source;

    @Option(names = "--model", paramLabel = "FILE", description = "Behaviour model (JSON; default: the shipped one).")
    Path modelFile;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", paramLabel = "N", description = "Days to simulate from the journey's start (default: its whole schedule).")
    Integer days;

    @Option(names = "--population", paramLabel = "N", description = "Simulate N made-up contacts instead of the store's.")
    Integer population;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the counts as JSON to FILE.")
    Path report;

    @Option(names = "--persist", description = "Record the run in the store: interactions, leads, activities, workflow runs, milestones.")
    boolean persist;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor; the result does not depend on it).")
    Integer threads;

    SimulateCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException {
        Optional<String> misuse = misuse();
        if (misuse.isPresent()) {
            err().println(misuse.get());
            return USAGE;
        }
        BehaviourModel model;
        try {
            model = modelFile == null ? BehaviourModel.defaults() : BehaviourModel.read(modelFile);
        } catch (BehaviourModelException e) {
            err().println(e.getMessage());
            return WaymarkCommand.INVALID_INPUT;
        }
        try (ShutdownCancellation cancellation = ShutdownCancellation.install(Runtime.getRuntime(), SHUTDOWN_WAIT_MILLIS)) {
            if (source.file != null && population != null) {
                return simulate(null, model, cancellation);
            }
            try (Store store = Store.open(storeDirectory())) {
                return simulate(store, model, cancellation);
            }
        }
    }

    private Optional<String> misuse() {
        if (persist && population != null) {
            return Optional.of("--persist records a run of the store's contacts; the made-up contacts of --population "
                    + "are not in the store. Leave out --persist or --population.");
        }
        if (days != null && days < 1) {
            return Optional.of("--days must be at least 1, not " + days);
        }
        if (population != null && population < 1) {
            return Optional.of("--population must be at least 1, not " + population);
        }
        if (threads != null && threads < 1) {
            return Optional.of("--threads must be at least 1, not " + threads);
        }
        return Optional.empty();
    }

    /** Runs with the store, or without one ({@code null}) for a journey file over made-up contacts. */
    private int simulate(Store store, BehaviourModel model, ShutdownCancellation cancellation) throws IOException {
        Journey journey = source.file != null ? read(source.file) : find(store, source.id);
        if (journey == null) {
            return WaymarkCommand.INVALID_INPUT;
        }
        JourneyRules rules = new JourneyRules();
        List<JourneyProblem> problems = rules.check(journey);
        printProblems(source.file != null ? source.file : Path.of("journey " + source.id), problems);
        if (rules.hasErrors(problems)) {
            return WaymarkCommand.INVALID_INPUT;
        }
        Instant start = journey.settings().schedule().zonedStart().toInstant();
        Duration period = days != null ? Duration.ofDays(days)
                : Duration.between(start, journey.settings().schedule().zonedEnd().toInstant());
        StorePopulation audience = store == null ? null : new StorePopulation(store);
        Population people = population != null ? Population.synthetic(population, seed) : audience.load(start);
        long owner = population != null ? InteractionBatch.NONE : audience.businessUnitId(journey.settings().businessUnit());
        SimulationRequest request = new SimulationRequest(journey, people, model, seed, start,
                period.isNegative() ? Duration.ZERO : period,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), owner);
        if (store != null) {
            request = request.withEmailAssets(new AssetRepository(store));
        }
        ConsoleProgress progress = new ConsoleProgress(err(), System::nanoTime, QUIET_NANOS, cancellation);
        SimulationResult result = new Simulator().run(request, progress);
        if (result.cancelled() || cancellation.getAsBoolean()) {
            err().println("Cancelled: nothing was written.");
            return CANCELLED;
        }
        SimulationTable.print(out(), journey, result.tiles());
        out().printf("%,d contacts, %,d entered, %,d interactions, %,d leads, %,d activities, %,d workflow runs%n",
                people.size(), result.contactsEntered(), result.interactions().size(), result.leads().size(),
                result.activities().size(), result.workflowRuns().size());
        String runId = null;
        if (persist) {
            runId = record(store, journey, start, period, result, cancellation);
            if (runId == null) {
                return CANCELLED;
            }
        }
        if (report != null) {
            new SimulationReport().write(report, new SimulationReport.Run(runId, seed, journey.name(), source.id,
                    source.file, modelName(), start, period, population != null ? "synthetic" : "store", people.size()),
                    result);
        }
        return 0;
    }

    private Journey find(Store store, long id) {
        Optional<Journey> journey = new JourneyRepository(store, context.clock()).find(id);
        if (journey.isEmpty()) {
            err().println("No journey with id " + id + " in " + store.directory());
            return null;
        }
        return journey.get();
    }

    /** Records the run under a new id and returns it; null, with nothing written, when cancelled meanwhile. */
    private String record(Store store, Journey journey, Instant start, Duration period, SimulationResult result,
                          ShutdownCancellation cancellation) {
        String runId = new SimulationRuns(store).newRunId(context.clock().instant());
        SimulationRun run = new SimulationRun(runId, source.id, journey.name(), seed, modelName(), start, period,
                result.contactsEntered(), result.interactions().size(), context.clock().instant());
        try {
            new SimulationRecorder(store, new InteractionWriter()).record(run, SimulationRecords.of(result), cancellation);
        } catch (WriteCancelledException e) {
            err().println("Cancelled while recording the run: nothing of it was written.");
            return null;
        }
        out().println("Recorded run " + runId);
        return runId;
    }

    private String modelName() {
        return modelFile == null ? "default behaviour model" : modelFile.toString();
    }
}
