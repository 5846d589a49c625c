package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.store.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code waymark bench}: measure the store on this machine, as ratios to baselines from the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure store performance on a scratch store; prints figures and ratios to baselines.")
final class BenchCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the scratch store (default: the system temp folder).")
    private Path work = Path.of(System.getProperty("java.io.tmpdir"));

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-38s %14s  %-7s %8s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        for (StoreBenchmark.Figure f : new StoreBenchmark(context.clock()).run(work)) {
            out.printf("%-38s %,14.1f  %-7s %8.2f  %s%n", f.name(), f.value(), f.unit(), f.ratio(), f.baseline());
        }
        return 0;
    }
}
