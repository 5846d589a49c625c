package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.waymark.store.Store;
import org.waymark.store.StoreInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code waymark store ...}: look at the store itself. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Inspect the store.", subcommands = StoreCommand.Info.class)
final class StoreCommand {

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print the store's path, schema version and row counts per table.")
    static final class Info implements java.util.concurrent.Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        Info(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store opened = Store.open(context.storeLocation().resolve(((WaymarkCommand) spec.root().userObject()).storeOption()))) {
                StoreInfo info = StoreInfo.of(opened);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Store:          " + info.directory());
                out.println("Schema version: " + info.schemaVersion());
                out.println("Rows:");
                for (Map.Entry<String, Integer> e : info.rowCounts().entrySet()) {
                    out.printf("  %-20s %,10d%n", e.getKey(), e.getValue());
                }
                return 0;
            }
        }
    }
}
