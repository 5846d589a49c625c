package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyProblem;
import org.waymark.model.journey.JourneyRules;
import org.waymark.model.journey.JourneySummary;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.store.JourneyRepository;
import org.waymark.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code waymark journey ...}: check, import, export and list journeys. */
@Command(name = "journey", mixinStandardHelpOptions = true, description = "Validate, import, export and list journeys.",
        subcommands = {JourneyCommand.Validate.class, JourneyCommand.Import.class, JourneyCommand.Export.class,
                JourneyCommand.ListJourneys.class})
final class JourneyCommand {

    /**
     * Shared by the commands that open the store (journey, source, activity, contact, timeline, email): the store
     * folder, reading journey files with errors reported, and the output streams.
     */
    abstract static class Base implements Callable<Integer> {
        final CliContext context;

        @Spec
        CommandSpec spec;

        Base(CliContext context) {
            this.context = context;
        }

        /** The store folder: --store wherever it was given, else the environment or platform default. */
        Path storeDirectory() {
            return context.storeLocation().resolve(((WaymarkCommand) spec.root().userObject()).storeOption());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** Reads a journey file, or says why not on stderr and returns null. */
        Journey read(Path file) {
            try {
                return new JourneyFileReader().read(file);
            } catch (NoSuchFileException e) {
                err().println(file + ": no such file");
            } catch (IOException e) {
                err().println(file + ": cannot be read: " + e.getMessage());
            } catch (JourneyFileException e) {
                err().println(file + ": " + e.getMessage());
            }
            return null;
        }

        void printProblems(Path file, List<JourneyProblem> problems) {
            problems.forEach(p -> err().println(file + ": " + p));
        }
    }

    /** A subcommand taking one journey file, read and checked against the journey rules. */
    abstract static class FileBase extends Base {
        @Parameters(paramLabel = "FILE", description = "A *.waymark.json file.")
        Path file;

        final JourneyRules rules = new JourneyRules();

        FileBase(CliContext context) {
            super(context);
        }

        /** A journey read from its file, with what the rules found in it. */
        record Checked(Journey journey, List<JourneyProblem> problems) {
        }

        /** The file's journey and its problems (printed on stderr); empty when the file cannot be read. */
        java.util.Optional<Checked> readAndCheck() {
            Journey journey = read(file);
            if (journey == null) {
                return java.util.Optional.empty();
            }
            List<JourneyProblem> problems = rules.check(journey);
            printProblems(file, problems);
            return java.util.Optional.of(new Checked(journey, problems));
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a journey file; exit 1 if it is invalid or breaks a rule.")
    static final class Validate extends FileBase {
        Validate(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            var checked = readAndCheck();
            if (checked.isEmpty() || rules.hasErrors(checked.get().problems())) {
                return 1;
            }
            Journey journey = checked.get().journey();
            int warnings = checked.get().problems().size();
            out().println(file + ": valid journey \"" + journey.name() + "\" with "
                    + PipelineWalker.count(journey.pipeline()) + " tiles"
                    + (warnings == 0 ? "" : " (" + warnings + " warnings)"));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add a journey file to the store and print its new id.")
    static final class Import extends FileBase {
        Import(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            var checked = readAndCheck();
            if (checked.isEmpty()) {
                return 1;
            }
            try (Store opened = Store.open(storeDirectory())) {
                out().println(new JourneyRepository(opened, context.clock()).insert(checked.get().journey()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a stored journey to a *.waymark.json file.")
    static final class Export extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "The journey's id (see: journey list).")
        long id;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
        Path file;

        Export(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws IOException {
            try (Store opened = Store.open(storeDirectory())) {
                var journey = new JourneyRepository(opened, context.clock()).find(id);
                if (journey.isEmpty()) {
                    err().println("No journey with id " + id + " in " + opened.directory());
                    return 1;
                }
                new JourneyFileWriter().write(journey.get(), file);
                out().println("Wrote \"" + journey.get().name() + "\" to " + file);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the stored journeys.")
    static final class ListJourneys extends Base {
        ListJourneys(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store opened = Store.open(storeDirectory())) {
                List<JourneySummary> journeys = new JourneyRepository(opened, context.clock()).list("");
                out().printf("%6s  %-8s %5s  %-16s  %s%n", "ID", "STATUS", "TILES", "UPDATED", "NAME");
                for (JourneySummary j : journeys) {
                    out().printf("%6d  %-8s %5d  %-16s  %s%n", j.id(), j.status().label(), j.tileCount(),
                            j.updatedAt().toString().replace('T', ' '), j.name());
                }
                return 0;
            }
        }
    }
}
