package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.store.bench.ActivityRunBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code waymark bench-activities}: an activity run against the data source import of the same generated file. */
@Command(name = "bench-activities", mixinStandardHelpOptions = true,
        description = "Import a generated order file and run the activity that maps it to contacts by email; prints "
                + "both times and the run's ratio to the import.")
final class BenchActivitiesCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch store (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rows", paramLabel = "N", description = "Rows in the generated file (default: 1,000,000).")
    private long rows = 1_000_000;

    @Option(names = "--contacts", paramLabel = "N", description = "Contacts in the store (default: 1,000,000).")
    private int contacts = 1_000_000;

    BenchActivitiesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ActivityRunBenchmark.Result r = new ActivityRunBenchmark(context.clock()).run(work, rows, contacts);
        out.printf("%-38s %12s  %-4s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        out.printf("%-38s %,12.1f  %-4s %8.2f  %s%n", "Data source import (baseline)", r.importSeconds(), "s", 1.0,
                "itself");
        out.printf("%-38s %,12.1f  %-4s %8.2f  %s%n", "Activity run (match by email)", r.runSeconds(), "s", r.ratio(),
                "data source import");
        out.printf("%n%,d rows against %,d contacts: %,d on timelines, %,d matched no contact.%n", r.rows(),
                r.contacts(), r.unified(), r.unmatched());
        out.printf("Target: the run within 2x the import: %s%n", r.ratio() <= 2 ? "MET" : "NOT MET");
        return 0;
    }
}
