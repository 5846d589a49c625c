package org.waymark.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityMappingException;
import org.waymark.model.activity.ActivityMappingReader;
import org.waymark.store.Store;
import org.waymark.store.activity.ActivityRepository;
import org.waymark.store.activity.ActivityRunReport;
import org.waymark.store.activity.ActivityUnifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark activity ...}: define activities from a mapping file, list them, run them into the timeline. */
@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "Define, list and run activities (data source rows on contacts' timelines).",
        subcommands = {ActivityCommand.Define.class, ActivityCommand.ListActivities.class, ActivityCommand.Run.class})
final class ActivityCommand {

    @Command(name = "define", mixinStandardHelpOptions = true,
            description = "Save the activities of a mapping file (replacing those of the same names); all or none.")
    static final class Define extends JourneyCommand.Base {

        @Option(names = "--file", required = true, paramLabel = "MAPPING.json", description = "An activity mapping file.")
        Path file;

        Define(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<ActivityDefinition> definitions;
            try {
                definitions = new ActivityMappingReader().read(file);
            } catch (NoSuchFileException e) {
                err().println(file + ": no such file");
                return WaymarkCommand.INVALID_INPUT;
            } catch (IOException e) {
                err().println(file + ": cannot be read: " + e.getMessage());
                return WaymarkCommand.INVALID_INPUT;
            } catch (ActivityMappingException e) {
                err().println(file.getFileName() + ": " + e.getMessage());
                return WaymarkCommand.INVALID_INPUT;
            }
            try (Store store = Store.open(storeDirectory())) {
                new ActivityRepository(store, context.clock()).saveAll(definitions);
                definitions.forEach(d -> out().println("Defined " + d.name() + " (" + d.type() + ", from "
                        + d.source() + ")"));
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the activities.")
    static final class ListActivities extends JourneyCommand.Base {

        ListActivities(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                out().printf("%-24s %-16s %-16s %s%n", "NAME", "TYPE", "SOURCE", "TIMELINE");
                for (ActivityDefinition d : new ActivityRepository(store, context.clock()).list()) {
                    out().printf("%-24s %-16s %-16s %s%n", d.name(), d.type(), d.source(),
                            d.showInTimeline() ? "shown" : "hidden");
                }
                return 0;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Turn every activity's rows into timeline entries; rerunning updates them.")
    static final class Run extends JourneyCommand.Base {

        Run(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                ActivityUnifier unifier = new ActivityUnifier(store, new ActivityRepository(store, context.clock()));
                out().printf("%-24s %10s %12s %10s %8s%n", "ACTIVITY", "UNIFIED", "NO CONTACT", "UNMATCHED",
                        "REMOVED");
                for (ActivityRunReport r : unifier.runAll()) {
                    out().printf("%-24s %10s %,12d %,10d %,8d%n", r.activity(),
                            r.hidden() ? "hidden" : String.format("%,d", r.unified()), r.notMappedToContact(),
                            r.unmatched() + r.withoutTime(), r.removed());
                }
                return 0;
            }
        }
    }
}
