package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.store.bench.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code waymark bench-import}: the data source importer against H2's CSVREAD on the same generated file. */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Import a generated CSV with the data source importer and with H2's CSVREAD; prints rows/s and the ratio.")
final class BenchImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch store (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--rows", paramLabel = "N", description = "Rows in the generated file (default: 1,000,000).")
    private long rows = 1_000_000;

    BenchImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportBenchmark.Result r = new ImportBenchmark(context.clock()).run(work, rows);
        out.printf("%-38s %14s  %-7s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        out.printf("%-38s %,14.1f  %-7s %8.2f  %s%n", "H2 CSVREAD insert (baseline)", r.csvReadRowsPerSecond(),
                "rows/s", 1.0, "itself");
        out.printf("%-38s %,14.1f  %-7s %8.2f  %s%n", "Data source import", r.importerRowsPerSecond(), "rows/s",
                r.ratio(), "H2 CSVREAD insert");
        out.printf("%-38s %,14.1f  %-7s %8.2f  %s%n", "H2 CSVREAD insert, per CPU second", r.csvReadRowsPerCpuSecond(),
                "rows/s", 1.0, "itself");
        out.printf("%-38s %,14.1f  %-7s %8.2f  %s%n", "Data source import, per CPU second",
                r.importerRowsPerCpuSecond(), "rows/s", r.cpuRatio(), "H2 CSVREAD insert, per CPU second");
        out.printf("%nTarget: import at >= 90 %% of CSVREAD's speed (%,d rows, %.1f MB): %s%n", r.rows(),
                r.csvBytes() / 1e6, r.ratio() >= 0.9 ? "MET" : "NOT MET");
        return 0;
    }
}
