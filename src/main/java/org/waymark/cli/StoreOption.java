package org.waymark.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --store DIR} option. Declared once on the root command and inherited by every subcommand, so
 * it may stand before or after the command words: {@code waymark --store X journey list} and
 * {@code waymark journey list --store X} mean the same.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Store folder (default: $WAYMARK_STORE, else the platform's data folder).")
    Path directory;
}
