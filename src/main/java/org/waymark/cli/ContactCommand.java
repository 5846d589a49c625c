package org.waymark.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceFileException;
import org.waymark.store.Store;
import org.waymark.store.audience.ContactImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark contact ...}: the store's contacts. */
@Command(name = "contact", mixinStandardHelpOptions = true, description = "Import contacts.",
        subcommands = ContactCommand.Import.class)
final class ContactCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import contacts from a CSV file (email, first_name, last_name required), all or nothing.")
    static final class Import extends JourneyCommand.Base {

        @Option(names = "--file", paramLabel = "CSV", required = true, description = "The contacts file.")
        Path file;

        @Option(names = "--duplicates", paramLabel = "update|skip", defaultValue = "skip",
                description = "A row whose email is already a contact's: update that contact, or skip the row "
                        + "(default).")
        String duplicates;

        @Option(names = "--delimiter", paramLabel = "C", description = "The delimiter (detected when not given).")
        Character delimiter;

        Import(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            DuplicatePolicy policy;
            try {
                policy = DuplicatePolicy.valueOf(duplicates.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err().println("--duplicates: " + duplicates + " is neither update nor skip");
                return WaymarkCommand.INVALID_INPUT;
            }
            try (Store store = Store.open(storeDirectory())) {
                ContactImportReport report = new ContactImporter(store).importFile(file,
                        CsvOptions.DETECT.withDelimiter(delimiter), policy);
                out().println(report.describe());
                return 0;
            } catch (SourceFileException e) {
                err().println(e.getMessage() + "; nothing was imported");
                return WaymarkCommand.INVALID_INPUT;
            }
        }
    }
}
