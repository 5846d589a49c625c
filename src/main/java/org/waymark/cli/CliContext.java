package org.waymark.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.waymark.store.StoreLocation;

/**
 * What the commands need from outside: where stores live, the clock, and how to start the desktop app on
 * a store when {@code waymark} runs without a command.
 */
public record CliContext(StoreLocation storeLocation, Clock clock, Consumer<Path> desktop) {
}
