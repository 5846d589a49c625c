package org.waymark.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code waymark}: with no command it opens the desktop app on the store; with one it runs headless.
 * Exit codes: 0 done, 1 invalid input (the reason on stderr), 2 usage error, 130 cancelled (Ctrl+C; {@code simulate}).
 */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = WaymarkCommand.Version.class,
        description = "Offline studio for customer journeys. Without a command, opens the desktop app.",
        subcommands = {JourneyCommand.class, StoreCommand.class, SimulateCommand.class, TimelineCommand.class,
                SourceCommand.class, ActivityCommand.class, ContactCommand.class, EmailCommand.class, ContentCommand.class,
                SegmentCommand.class, BenchCommand.class, BenchEngineCommand.class,
                BenchImportCommand.class, BenchActivitiesCommand.class, BenchTimelineCommand.class, BenchSegmentsCommand.class, BenchEmailsCommand.class})
public final class WaymarkCommand implements Callable<Integer> {

    public static final int INVALID_INPUT = 1;

    private final CliContext context;

    @Mixin
    private StoreOption store;

    WaymarkCommand(CliContext context) {
        this.context = context;
    }

    /** The --store value given anywhere on the command line, or null. */
    Path storeOption() {
        return store.directory;
    }

    @Override
    public Integer call() {
        context.desktop().accept(context.storeLocation().resolve(store.directory));
        return 0;
    }

    /** A command line wired to {@code context}, reporting failures as messages, not stack traces. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(WaymarkCommand.class, new ContextFactory(context));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
            return INVALID_INPUT;
        });
        return commandLine;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WaymarkCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Waymark " + (version == null ? "development build" : version)};
        }
    }
}
