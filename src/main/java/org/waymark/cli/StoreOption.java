package org.waymark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command accepts. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder (default: $WAYMARK_STORE, else the platform's data folder).")
    Path directory;
}
