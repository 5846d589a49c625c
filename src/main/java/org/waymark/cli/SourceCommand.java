package org.waymark.cli;

import java.nio.file.Path;
import org.waymark.model.source.CsvOptions;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceColumn;
import org.waymark.store.Store;
import org.waymark.store.source.DataSourceImporter;
import org.waymark.store.source.DataSources;
import org.waymark.store.source.ImportProgress;
import org.waymark.store.source.SourceImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark source ...}: import CSV files as data sources and list them. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Import, list and delete data sources (CSV files).",
        subcommands = {SourceCommand.Import.class, SourceCommand.ListSources.class, SourceCommand.Delete.class})
final class SourceCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a CSV file as a data source; all rows or none.")
    static final class Import extends JourneyCommand.Base {

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "Source name: lower-case letters, digits and _, starting with a letter.")
        String name;

        @Option(names = "--file", required = true, paramLabel = "CSV", description = "The CSV file.")
        Path file;

        @Option(names = "--delimiter", paramLabel = "C",
                description = "Field delimiter: a character, or comma, semicolon, tab, pipe (default: detected).")
        String delimiter;

        @Option(names = "--encoding", paramLabel = "NAME", converter = EncodingConverter.class,
                description = EncodingConverter.DESCRIPTION)
        java.nio.charset.Charset encoding;

        @Option(names = "--no-header", description = "The first row is data, not column names (default: detected).")
        boolean noHeader;

        @Option(names = "--replace", description = "Replace a data source of the same name.")
        boolean replace;

        Import(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            CsvOptions options = CsvOptions.DETECT.withDelimiter(delimiter == null ? null : delimiter(delimiter))
                    .withHeader(noHeader ? Boolean.FALSE : null).withEncoding(encoding);
            try (Store store = Store.open(storeDirectory())) {
                DataSource source = new DataSourceImporter(store, context.clock()).importFile(
                        SourceImport.of(name, file).withOptions(options).replacing(replace), ImportProgress.NONE);
                out().printf("Imported %,d rows from %s into data source %s (%s)%n", source.rowCount(),
                        source.fileName(), source.name(), source.format());
                return 0;
            }
        }

        private static char delimiter(String text) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "comma" -> ',';
                case "semicolon" -> ';';
                case "tab", "\\t" -> '\t';
                case "pipe" -> '|';
                default -> {
                    if (text.length() != 1) {
                        throw new IllegalArgumentException("--delimiter must be one character, or comma, semicolon, "
                                + "tab or pipe; \"" + text + "\" is not");
                    }
                    yield text.charAt(0);
                }
            };
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the data sources.")
    static final class ListSources extends JourneyCommand.Base {

        ListSources(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                out().printf("%-20s %10s  %-24s %s%n", "NAME", "ROWS", "FILE", "COLUMNS");
                for (DataSource s : new DataSources(store).list()) {
                    out().printf("%-20s %,10d  %-24s %s%n", s.name(), s.rowCount(), s.fileName(),
                            String.join(", ", s.columns().stream().map(SourceCommand::describe).toList()));
                }
                return 0;
            }
        }
    }

    private static String describe(SourceColumn column) {
        return column.name() + " " + column.type().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a data source and its table; refused while an activity reads it.")
    static final class Delete extends JourneyCommand.Base {

        @picocli.CommandLine.Parameters(paramLabel = "NAME", description = "The data source's name.")
        String name;

        Delete(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            try (Store store = Store.open(storeDirectory())) {
                if (!new DataSources(store).delete(name)) {
                    err().println("no data source named " + name);
                    return WaymarkCommand.INVALID_INPUT;
                }
                out().println("Deleted the data source " + name + " and its table");
                return 0;
            } catch (org.waymark.store.StoreException e) {
                err().println(e.getMessage());
                return WaymarkCommand.INVALID_INPUT;
            }
        }
    }
}
