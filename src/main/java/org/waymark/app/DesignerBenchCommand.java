package org.waymark.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.waymark.ui.bench.DesignerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waymark bench-designer}: measures the journey designer on a generated journey, as ratios to baselines
 * from the same run, and says whether the targets are met. It needs JavaFX: on a machine without a
 * display run it under {@code xvfb-run -a}.
 */
@Command(name = "bench-designer", mixinStandardHelpOptions = true,
        description = "Measure the journey designer (open a large journey, apply a drag); prints figures, ratios to "
                + "baselines and whether the targets are met. Needs a display (or xvfb-run -a).")
final class DesignerBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--tiles", paramLabel = "N", description = "Tiles in the generated journey (default: ${DEFAULT-VALUE}).")
    private int tiles = 1_000;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per figure; the median is shown (default: ${DEFAULT-VALUE}).")
    private int runs = 9;

    @Option(names = "--warm-up", paramLabel = "N", description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    private int warmUps = 3;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up already (tests)
        } catch (RuntimeException | Error noDisplay) {
            spec.commandLine().getErr().println("JavaFX cannot start here (" + noDisplay.getMessage()
                    + "). Run the benchmark under a display, e.g. xvfb-run -a java -jar waymark.jar bench-designer");
            return 1;
        }
        Platform.setImplicitExit(false);
        CompletableFuture<DesignerBenchmark.Result> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new DesignerBenchmark(tiles, warmUps, runs).run());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        DesignerBenchmark.Result measured = result.join();
        out.printf("%-42s %12s  %-4s %10s  %s%n", "FIGURE", "VALUE", "UNIT", "RATIO", "AGAINST");
        for (DesignerBenchmark.Figure f : measured.figures()) {
            out.printf("%-42s %,12.1f  %-4s %,10.2f  %s%n", f.name(), f.value(), f.unit(), f.ratio(), f.baseline());
        }
        out.println();
        for (DesignerBenchmark.Target t : measured.targets()) {
            out.printf("Target: %-28s ≤ %,7.0f ms  measured %,9.1f ms  %s%n", t.name(), t.limitMillis(),
                    t.measuredMillis(), t.met() ? "MET" : "NOT MET");
        }
        out.flush();
        Platform.exit();
        return 0;
    }
}
