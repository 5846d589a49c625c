package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.waymark.model.audience.ContactDetails;
import org.waymark.model.audience.ContactImportReport;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.audience.Named;
import org.waymark.model.audience.DuplicatePolicy;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.SourceFileException;
import org.waymark.store.ContactRepository;
import org.waymark.store.Store;
import org.waymark.store.audience.ContactImporter;
import org.waymark.store.audience.ContactRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark contact import|list|show}: the store's contacts. */
@Command(name = "contact", mixinStandardHelpOptions = true, description = "Import, list and show contacts.",
        subcommands = {ContactCommand.Import.class, ContactCommand.ListContacts.class, ContactCommand.Show.class})
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

        @Option(names = "--encoding", paramLabel = "NAME", converter = EncodingConverter.class,
                description = EncodingConverter.DESCRIPTION)
        java.nio.charset.Charset encoding;

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
                        CsvOptions.DETECT.withDelimiter(delimiter).withEncoding(encoding), policy);
                out().println(report.describe());
                return 0;
            } catch (SourceFileException e) {
                err().println(e.getMessage() + "; nothing was imported");
                return WaymarkCommand.INVALID_INPUT;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List contacts by last name: id, name, email, account, city and consent level.")
    static final class ListContacts extends JourneyCommand.Base {

        @Option(names = "--search", paramLabel = "TEXT",
                description = "Only contacts whose name, email or account holds TEXT (any case).")
        String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default 50).")
        int limit;

        ListContacts(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            if (limit < 1) {
                err().println("--limit: must be at least 1");
                return WaymarkCommand.INVALID_INPUT;
            }
            try (Store store = Store.open(storeDirectory())) {
                ContactRepository contacts = new ContactRepository(store);
                List<ContactSummary> rows = contacts.search(search, 0, limit);
                for (ContactSummary c : rows) {
                    out().printf("%6d  %-28s  %-34s  %-24s  %-16s  %s%n", c.id(), c.fullName(), c.email(),
                            c.account(), c.city(), c.consent().label());
                }
                int total = rows.size() < limit ? rows.size() : contacts.count(search);
                out().println(rows.size() + " of " + total + (total == 1 ? " contact" : " contacts")
                        + (search == null || search.isBlank() ? "" : " matching \"" + search.strip() + "\""));
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a contact's fields, account, business unit, consent level and subscription lists.")
    static final class Show extends JourneyCommand.Base {

        @Option(names = "--id", paramLabel = "ID", required = true, description = "The contact's id.")
        long id;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                ContactRecords records = new ContactRecords(store);
                ContactDetails c = records.find(id).orElse(null);
                if (c == null) {
                    err().println("--id: no contact has id " + id);
                    return WaymarkCommand.INVALID_INPUT;
                }
                PrintWriter out = out();
                out.println(c.fullName() + " (contact " + c.id() + ")");
                line(out, "Email", c.email());
                line(out, "Phone", c.phone());
                line(out, "Job title", c.jobTitle());
                line(out, "City", c.city());
                line(out, "Country", c.country());
                line(out, "Account", c.accountId() == 0 ? "" : name(records.accounts(), c.accountId())
                        + " (account " + c.accountId() + ")");
                line(out, "Business unit", name(records.businessUnits(), c.businessUnitId()));
                line(out, "Consent", c.consent().label());
                line(out, "Subscriptions", String.join(", ", records.subscriptionLists().stream()
                        .filter(l -> c.subscriptions().contains(l.id())).map(Named::name).toList()));
                return 0;
            }
        }

        private static void line(PrintWriter out, String label, String value) {
            out.printf("  %-14s %s%n", label + ":", value.isEmpty() ? "—" : value);
        }

        private static String name(List<Named> named, long id) {
            return named.stream().filter(n -> n.id() == id).map(Named::name).findFirst().orElse("#" + id);
        }
    }
}
