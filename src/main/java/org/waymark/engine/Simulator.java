package org.waymark.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.engine.behaviour.DeterministicRandom;

/**
 * Simulates contacts flowing through a journey on a virtual clock. The journey is compiled once; the population
 * is cut into fixed chunks, run in parallel on the request's threads, each chunk tile by tile in reading order
 * over primitive columns; the chunks' outputs are merged in a fixed order. Same request, same result.
 */
public final class Simulator {

    private static final long ITERATION_SEED_STEP = 0x9E3779B97F4A7C15L;

    private final int chunkSize;

    public Simulator() {
        this(Chunking.SIZE);
    }

    /** A simulator cutting the population into chunks of about {@code chunkSize}; the result does not depend on it. */
    Simulator(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("Chunks need at least one contact, not " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    public SimulationResult run(SimulationRequest request, SimulationProgress progress) {
        Population population = request.population();
        RunWindow window = RunWindow.of(request.journey().settings(), request.start(), request.period());
        JourneyPlan plan = new JourneyPlan(request.journey(), population, request.ownerBusinessUnitId(), window,
                request.emailLinks(), request.emailAttachments());
        List<int[]> chunks = Chunking.chunks(population, plan.groupsByAccount(), chunkSize);
        List<DeterministicRandom> randoms = new ArrayList<>();
        short[][] lastTiles = new short[window.iterations()][];
        for (int k = 0; k < window.iterations(); k++) {
            randoms.add(new DeterministicRandom(request.seed() + k * ITERATION_SEED_STEP));
            lastTiles[k] = new short[population.size()];
            Arrays.fill(lastTiles[k], (short) -1);
        }
        if (plan.tileCount() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("A journey of " + plan.tileCount() + " tiles is too big to simulate");
        }
        ChunkRun chunkRun = new ChunkRun(plan, window, population, request.model(), randoms, lastTiles, progress);
        progress.progress(0, "Simulating " + population.size() + " contacts");
        List<ChunkState> states = runChunks(chunkRun, chunks, request.threads(), progress);
        boolean cancelled = states.contains(null) || progress.cancelled();
        SimulationResult result = new ResultAssembler(plan, window, request.journey().name())
                .assemble(states, population, lastTiles, cancelled);
        progress.progress(1, cancelled ? "Cancelled" : "Done");
        return result;
    }

    private static List<ChunkState> runChunks(ChunkRun chunkRun, List<int[]> chunks, int threads,
                                              SimulationProgress progress) {
        AtomicInteger finished = new AtomicInteger();
        List<ChunkState> states = new ArrayList<>();
        if (threads == 1 || chunks.size() <= 1) {
            for (int[] chunk : chunks) {
                states.add(chunkRun.run(chunk));
                report(progress, finished.incrementAndGet(), chunks.size());
            }
            return states;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks.size()), workers());
        try {
            List<Future<ChunkState>> futures = new ArrayList<>();
            for (int[] chunk : chunks) {
                futures.add(pool.submit(() -> {
                    ChunkState state = chunkRun.run(chunk);
                    report(progress, finished.incrementAndGet(), chunks.size());
                    return state;
                }));
            }
            for (Future<ChunkState> future : futures) {
                states.add(future.get());
            }
            return states;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The simulation was interrupted", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(SimulationProgress progress, int finished, int chunks) {
        progress.progress((double) finished / chunks, "Simulated " + finished + " of " + chunks + " parts");
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "waymark-simulation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
