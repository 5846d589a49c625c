package org.waymark.app;

import java.time.Clock;
import org.waymark.cli.CliContext;
import org.waymark.cli.WaymarkCommand;
import org.waymark.store.StoreLocation;

/**
 * Entry point of {@code waymark.jar} and {@code mvn javafx:run}: wires the real clock, store location and
 * desktop launcher into the command line. Deliberately not a JavaFX Application, so the headless commands
 * never start the toolkit and the jar runs from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        DesktopLauncher desktop = new DesktopLauncher(clock);
        int exitCode = WaymarkCommand.commandLine(new CliContext(StoreLocation.ofThisMachine(), clock, desktop::launch))
                .addSubcommand(new DesignerBenchCommand())
                .execute(args);
        System.exit(exitCode == 0 ? desktop.exitCode() : exitCode);
    }
}
