package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.store.bench.SegmentBenchmark;
import org.waymark.store.bench.SegmentBenchmark.Outcome;
import org.waymark.store.bench.StoreBenchmark.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waymark bench-segments}: dynamic segment counts on a scratch store of many contacts, with the issue's
 * target: a count within 200 ms at 1M contacts.
 */
@Command(name = "bench-segments", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure dynamic segment counts on a large scratch store; prints figures, ratios and the target.")
final class BenchSegmentsCommand implements Callable<Integer> {

    static final int TARGET_CONTACTS = 1_000_000;
    private static final String ROW = "%-90s %,10.2f  %-4s %8.2f  %s%n";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "1000000", description = "Synthetic contacts, ten per account (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--interactions", paramLabel = "N", defaultValue = "3000000", description = "Synthetic interactions over the last year (default: ${DEFAULT-VALUE}).")
    private long interactions;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10", description = "Measured calls per figure, after as many warm-up calls (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--explain", description = "Also print H2's plan of each segment as one SQL condition (what the preview and the simulation run).")
    private boolean explain;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch store (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the loaded store in DIR and reuse it on later runs with the same sizes (loads only once).")
    private Path keep;

    BenchSegmentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (contacts < 1 || interactions < 0 || rounds < 1) {
            spec.commandLine().getErr().println("--contacts and --rounds must be at least 1, --interactions at least 0");
            return SimulateCommand.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        out.printf(Locale.ROOT, "Loading %,d contacts and %,d interactions into %s…%n", contacts,
                interactions, keep == null ? "a scratch store" : keep + " (unless loaded already)");
        out.flush();
        Outcome run = new SegmentBenchmark(work, keep, contacts, interactions, rounds, now).run();
        out.printf(Locale.ROOT, (run.reused() ? "Kept store reused; it loaded" : "Loaded") + " in %.1f s; medians of %d counts after as many warm-up counts%n%n",
                run.loadSeconds(), rounds);
        out.printf("%-90s %10s  %-4s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        List<Figure> figures = run.figures();
        for (Figure f : figures) {
            out.printf(Locale.ROOT, ROW, f.name(), f.value(), f.unit(), f.ratio(), f.baseline());
        }
        out.println();
        double slowest = figures.stream().skip(2).mapToDouble(Figure::value).max().orElse(0);
        out.printf(Locale.ROOT, "Target: every segment count from scratch (no answers kept) ≤ %.0f ms  slowest %8.2f ms  %s%n",
                SegmentBenchmark.TARGET_MS, slowest, run.contacts() < TARGET_CONTACTS
                        ? "(fewer contacts than the target's)" : slowest <= SegmentBenchmark.TARGET_MS ? "MET" : "NOT MET");
        out.println();
        out.println("For comparison (no target): each segment read one rule at a time, counted as one SQL condition, its first members by SQL, the builder's count with first members, and the builder's count after one rule was edited (the other rules' answers kept)");
        for (Figure f : run.others()) {
            out.printf(Locale.ROOT, ROW, f.name(), f.value(), f.unit(), f.ratio(), f.baseline());
        }
        if (explain) {
            for (int i = 0; i < run.plans().size(); i++) {
                out.println();
                out.println(figures.get(i + 2).name() + ":");
                out.println(run.plans().get(i));
            }
        }
        return 0;
    }
}
