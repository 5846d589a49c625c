package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.store.bench.EmailsBenchmark;
import org.waymark.store.bench.StoreBenchmark.Figure;
import org.waymark.store.bench.TimelineBenchmark.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waymark bench-emails}: the emails list (every message sent to one contact) on a scratch store of many email
 * interactions, with the target: a first page with its capped count within 300 ms at 10M interactions.
 */
@Command(name = "bench-emails", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure the emails list and message detail on a large scratch store; prints figures, ratios and targets.")
final class BenchEmailsCommand implements Callable<Integer> {

    static final long TARGET_INTERACTIONS = 10_000_000;
    private static final String ROW = "%-50s %,12.2f  %-4s %8.2f  %s%n";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--interactions", paramLabel = "N", defaultValue = "10000000", description = "Synthetic email interactions (default: ${DEFAULT-VALUE}).")
    private long interactions;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "100000", description = "Synthetic contacts (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Measured calls per figure, after as many warm-up calls (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch store (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the loaded store in DIR and reuse it on later runs with the same sizes (loads only once).")
    private Path keep;

    BenchEmailsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (interactions < 1 || contacts < 1 || rounds < 1) {
            spec.commandLine().getErr().println("--interactions, --contacts and --rounds must be at least 1");
            return SimulateCommand.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS);
        out.printf(Locale.ROOT, "Loading %,d email interactions over %,d contacts into %s…%n",
                interactions, contacts, keep == null ? "a scratch store" : keep + " (unless loaded already)");
        out.flush();
        EmailsBenchmark.Outcome run = new EmailsBenchmark(work, keep, interactions, contacts, rounds, now).run();
        out.printf(Locale.ROOT, (run.reused() ? "Kept store reused; it loaded" : "Loaded") + " %,d messages in %.1f s (%,.0f interactions/s with their messages); medians "
                + "of %d calls%n%n", run.messages(), run.loadSeconds(), run.interactions() / run.loadSeconds(), rounds);
        out.printf("%-50s %12s  %-4s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        for (Figure f : run.figures()) {
            out.printf(Locale.ROOT, ROW, f.name(), f.value(), f.unit(), f.ratio(), f.baseline());
        }
        out.println();
        boolean full = run.interactions() >= TARGET_INTERACTIONS;
        for (Target t : run.targets()) {
            out.printf(Locale.ROOT, "Target: %-40s ≤ %3.0f ms  measured %8.2f ms  %s%n", t.what(), t.limit(),
                    t.measured(), !full ? "(fewer interactions than the target's)" : t.met() ? "MET" : "NOT MET");
        }
        return 0;
    }
}
