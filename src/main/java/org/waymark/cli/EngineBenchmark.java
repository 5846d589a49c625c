package org.waymark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.waymark.engine.Population;
import org.waymark.engine.SimulationProgress;
import org.waymark.engine.SimulationRequest;
import org.waymark.engine.SimulationResult;
import org.waymark.engine.Simulator;
import org.waymark.engine.behaviour.BehaviourModel;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;

/**
 * The simulator in memory: synthetic contacts through the ten-tile benchmark journey ({@value #JOURNEY}) with the
 * default behaviour model, after a warm-up run of a tenth of them. Measures the wall time, contacts × tiles per
 * second and the peak heap during the run (heap memory pools' peaks, reset after a GC just before it), against a
 * baseline from the same run: copying the run's interactions into a new {@link InteractionBatch}.
 */
final class EngineBenchmark {

    static final String JOURNEY = "/org/waymark/cli/engine-bench.waymark.json";

    /** What one measured run gave; {@code interactions} are kept for the persistence benchmark. */
    record Outcome(int contacts, int tiles, double buildSeconds, double simulateSeconds, double copySeconds,
                   long tileEntries, long peakHeapBytes, long heapBeforeBytes, InteractionBatch interactions) {

        double contactTilesPerSecond() {
            return (double) contacts * tiles / simulateSeconds;
        }
    }

    private final int contacts;
    private final int threads;
    private final long seed;

    EngineBenchmark(int contacts, int threads, long seed) {
        this.contacts = contacts;
        this.threads = threads;
        this.seed = seed;
    }

    Outcome run() {
        Journey journey = journey();
        BehaviourModel model = BehaviourModel.defaults();
        simulate(journey, model, Population.synthetic(Math.max(1, contacts / 10), seed + 1));

        long start = System.nanoTime();
        Population population = Population.synthetic(contacts, seed);
        double build = seconds(start);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        start = System.nanoTime();
        SimulationResult result = simulate(journey, model, population);
        double simulate = seconds(start);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        start = System.nanoTime();
        new InteractionBatch().addAll(result.interactions());
        double copySeconds = seconds(start);
        long entries = result.tiles().stream().mapToLong(t -> t.entered()).sum();
        return new Outcome(contacts, PipelineWalker.count(journey.pipeline()), build, simulate, copySeconds, entries,
                peak, before, result.interactions());
    }

    private SimulationResult simulate(Journey journey, BehaviourModel model, Population population) {
        Instant start = journey.settings().schedule().zonedStart().toInstant();
        Duration period = Duration.between(start, journey.settings().schedule().zonedEnd().toInstant());
        return new Simulator().run(new SimulationRequest(journey, population, model, seed, start, period, threads,
                InteractionBatch.NONE), SimulationProgress.NONE);
    }

    private static Journey journey() {
        try (InputStream in = EngineBenchmark.class.getResourceAsStream(JOURNEY)) {
            if (in == null) {
                throw new IllegalStateException("The benchmark journey " + JOURNEY + " is missing from this build");
            }
            return new JourneyFileReader().read(in);
        } catch (IOException | JourneyFileException e) {
            throw new IllegalStateException("The benchmark journey " + JOURNEY + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
