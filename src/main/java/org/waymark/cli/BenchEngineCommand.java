package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.bench.InteractionPersistenceBenchmark;
import org.waymark.store.bench.StoreBenchmark.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waymark bench-engine}: the journey simulator in memory, then recording its interactions against raw JDBC
 * and H2's CSVREAD, with the targets: 1M contacts × 10 tiles within 5 s, recording at 90 % of the faster
 * raw path or better.
 */
@Command(name = "bench-engine", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure the journey simulator and the recording of its interactions; prints figures, ratios and targets.")
final class BenchEngineCommand implements Callable<Integer> {

    static final double TARGET_SECONDS = 5;
    static final double TARGET_SHARE = 0.9;
    private static final String ROW = "%-44s %,14.1f  %-16s %8s  %s%n";

    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "1000000", description = "Synthetic contacts (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--threads", paramLabel = "N", description = "Simulator threads (default: one per processor).")
    private Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the population and the run (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2", description = "Measured rounds of each write path; the best counts (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--no-persist", description = "Measure the simulator only.")
    private boolean noPersist;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch stores (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    @Override
    public Integer call() throws Exception {
        if (contacts < 1 || rounds < 1 || (threads != null && threads < 1)) {
            spec.commandLine().getErr().println("--contacts, --rounds and --threads must be at least 1");
            return SimulateCommand.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        EngineBenchmark.Outcome run = new EngineBenchmark(contacts, workers, seed).run();
        out.printf("%-44s %14s  %-16s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        out.printf(ROW, "Copy the run's interactions (baseline)", run.copySeconds() * 1000, "ms", "1.00", "itself");
        out.printf(ROW, String.format(Locale.ROOT, "Simulate %,d contacts × %d tiles", run.contacts(), run.tiles()),
                run.simulateSeconds() * 1000, "ms", ratio(run.simulateSeconds() / run.copySeconds()), "copy");
        out.printf(ROW, "  contacts × tiles per second", run.contactTilesPerSecond(), "per s", "", "");
        out.printf(ROW, "  tile entries (contacts who reached a tile)", (double) run.tileEntries(), "entries", "", "");
        out.printf(ROW, "  interactions produced", (double) run.interactions().size(), "rows", "", "");
        out.printf(ROW, "  peak heap during the run", run.peakHeapBytes() / 1048576.0, "MiB", "", "");
        out.printf(ROW, "  heap in use before it (population)", run.heapBeforeBytes() / 1048576.0, "MiB", "", "");
        out.printf(ROW, "Build the synthetic population", run.buildSeconds() * 1000, "ms", "", "");
        double share = Double.NaN;
        if (!noPersist) {
            InteractionBatch rows = run.interactions();
            for (Figure f : new InteractionPersistenceBenchmark(work, rounds).run(rows)) {
                out.printf(ROW, f.name(), f.value(), f.unit(), ratio(f.ratio()), f.baseline());
                share = f.ratio();
            }
        }
        out.println();
        target(out, String.format(Locale.ROOT, "%,d × %d tiles in memory", run.contacts(), run.tiles()),
                String.format(Locale.ROOT, "≤ %.0f s", TARGET_SECONDS),
                String.format(Locale.ROOT, "%.2f s", run.simulateSeconds()),
                run.contacts() < 1_000_000 ? null : run.simulateSeconds() <= TARGET_SECONDS);
        if (!noPersist) {
            target(out, "Recording vs the faster raw path", String.format(Locale.ROOT, "≥ %.0f %%", TARGET_SHARE * 100),
                    String.format(Locale.ROOT, "%.1f %%", share * 100), share >= TARGET_SHARE);
        }
        return 0;
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    /** A target line; {@code met} null when the run was too small to judge it. */
    private static void target(PrintWriter out, String what, String target, String measured, Boolean met) {
        out.printf("Target: %-40s %-8s measured %12s  %s%n", what, target, measured,
                met == null ? "(fewer contacts than the target's)" : met ? "MET" : "NOT MET");
    }
}
