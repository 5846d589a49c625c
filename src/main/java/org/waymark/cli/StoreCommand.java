package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.waymark.store.Store;
import org.waymark.store.StoreInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code waymark store ...}: look at the store itself. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Inspect or compact the store.", subcommands = {StoreCommand.Info.class, StoreCommand.Compact.class})
final class StoreCommand {

    /** The store folder a subcommand works on: the root command's {@code --store}, else the default location. */
    private static Path folder(CliContext context, CommandSpec spec) {
        return context.storeLocation().resolve(((WaymarkCommand) spec.root().userObject()).storeOption());
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print the store's path, schema version and row counts per table.")
    static final class Info implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        Info(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Store opened = Store.open(folder(context, spec))) {
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

    /**
     * Rewrites the database file without its free space. Waymark never compacts when it closes the store (decision
     * 0013), so after large imports or deletions the file keeps its size until this runs.
     */
    @Command(name = "compact", mixinStandardHelpOptions = true, description = "Rewrite the store's database file without its free space (after large imports or deletions).")
    static final class Compact implements Callable<Integer> {

        private final CliContext context;

        @Spec
        private CommandSpec spec;

        Compact(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Path folder = folder(context, spec);
            Path file = folder.resolve(Store.DATABASE_NAME + ".mv.db");
            long before = size(file);
            try (Store opened = Store.open(folder)) {
                opened.compact();
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Compacted %s: %,d KB before, %,d KB now%n",
                    file, before / 1024, size(file) / 1024);
            return 0;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
