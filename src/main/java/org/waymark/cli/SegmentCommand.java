package org.waymark.cli;

import java.io.PrintWriter;
import java.util.List;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentQueryFormat;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.store.Store;
import org.waymark.store.segment.SegmentException;
import org.waymark.store.segment.SegmentRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark segment ...}: the store's segments, their queries and members. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Segments and their members.",
        subcommands = {SegmentCommand.ListSegments.class, SegmentCommand.Count.class, SegmentCommand.Show.class,
                SegmentCommand.Members.class})
final class SegmentCommand {

    /** A segment's store, opened for one command. */
    abstract static class Base extends JourneyCommand.Base {
        Base(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = Store.open(storeDirectory())) {
                return run(new SegmentRepository(store, context.clock()), out());
            }
        }

        abstract int run(SegmentRepository segments, PrintWriter out);

        static SegmentSummary named(SegmentRepository segments, String name) {
            return segments.findByName(name).orElseThrow(() -> new SegmentException("--name: there is no segment \""
                    + name + "\""));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every segment: name, kind, members now and description.")
    static final class ListSegments extends Base {
        ListSegments(CliContext context) {
            super(context);
        }

        @Override
        int run(SegmentRepository segments, PrintWriter out) {
            out.printf("%-40s %-18s %9s  %s%n", "SEGMENT", "KIND", "MEMBERS", "DESCRIPTION");
            for (SegmentSummary s : segments.list()) {
                out.printf("%-40s %-18s %,9d  %s%n", s.name(), s.kind().label(), segments.memberCount(s.id()),
                        s.description() == null ? "" : s.description());
            }
            return 0;
        }
    }

    static final class Which {
        @Option(names = "--name", paramLabel = "NAME", required = true, description = "A segment's name.")
        String name;
        @Option(names = "--query", paramLabel = "JSON", required = true,
                description = "A query in the stored format, e.g. {\"match\":\"all\",\"conditions\":"
                        + "[{\"field\":\"city\",\"operator\":\"equals\",\"value\":\"Boston\"}]}.")
        String query;
    }

    @Command(name = "count", mixinStandardHelpOptions = true,
            description = "How many contacts a segment (or a query) selects now.")
    static final class Count extends Base {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        Count(CliContext context) {
            super(context);
        }

        @Override
        int run(SegmentRepository segments, PrintWriter out) {
            if (which.query != null) {
                RuleGroup query;
                try {
                    query = new SegmentQueryFormat().read(which.query);
                } catch (IllegalArgumentException e) {
                    err().println("--query: " + e.getMessage());
                    return WaymarkCommand.INVALID_INPUT;
                }
                out.println(segments.count(query, context.clock().instant()));
            } else {
                out.println(segments.memberCount(named(segments, which.name).id()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A segment's kind, description, query in words and member count.")
    static final class Show extends Base {
        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The segment's name.")
        String name;

        Show(CliContext context) {
            super(context);
        }

        @Override
        int run(SegmentRepository segments, PrintWriter out) {
            SegmentSummary s = named(segments, name);
            out.println(s.name());
            out.println("Kind: " + s.kind().label());
            if (s.description() != null) {
                out.println("Description: " + s.description());
            }
            if (s.kind() == SegmentKind.DYNAMIC) {
                out.println("Query:");
                words(out, s.query(), "  ");
            }
            out.printf("Members: %,d%n", segments.memberCount(s.id()));
            return 0;
        }

        /** One line per rule, groups indented under their "All of" / "Any of" / "None of". */
        private static void words(PrintWriter out, RuleGroup group, String indent) {
            if (group.isEmpty()) {
                out.println(indent + "Every contact");
                return;
            }
            out.println(indent + group.match().label() + ":");
            for (SegmentRule rule : group.effectiveRules()) {
                if (rule instanceof RuleGroup nested) {
                    words(out, nested, indent + "  ");
                } else {
                    out.println(indent + "  " + rule.describe());
                }
            }
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true,
            description = "A segment's members by name (a dynamic segment's as of now).")
    static final class Members extends Base {
        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The segment's name.")
        String name;
        @Option(names = "--search", paramLabel = "TEXT",
                description = "Only members whose name, email or account contains TEXT.")
        String search;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default 50).")
        int limit;

        Members(CliContext context) {
            super(context);
        }

        @Override
        int run(SegmentRepository segments, PrintWriter out) {
            if (limit < 1) {
                err().println("--limit: must be at least 1");
                return WaymarkCommand.INVALID_INPUT;
            }
            SegmentSummary s = named(segments, name);
            List<ContactSummary> members = segments.members(s.id(), search, limit);
            out.printf("%8s  %-30s %-36s %-28s %s%n", "ID", "NAME", "EMAIL", "ACCOUNT", "CITY");
            for (ContactSummary c : members) {
                out.printf("%8d  %-30s %-36s %-28s %s%n", c.id(), c.fullName(), c.email(), c.account(), c.city());
            }
            int total = segments.memberCount(s.id());
            out.printf("%,d of %,d members shown.%n", members.size(), total);
            return 0;
        }
    }
}
