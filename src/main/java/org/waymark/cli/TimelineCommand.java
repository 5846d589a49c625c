package org.waymark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.model.timeline.TimelineWording;
import org.waymark.store.Store;
import org.waymark.store.timeline.TimelineRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark timeline}: a contact's or an account's interactions, newest first, filtered as in the app. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print the interactions of a contact or an account, newest first.")
final class TimelineCommand extends JourneyCommand.Base {

    static final class Whose {
        @Option(names = "--contact", paramLabel = "ID", required = true, description = "A contact's id.")
        Long contact;
        @Option(names = "--account", paramLabel = "ID", required = true,
                description = "An account's id: its contacts' interactions and activities mapped to the account.")
        Long account;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Whose whose;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type (repeatable): email, sms, push, web, "
            + "form, event, activity; TYPE/SUBTYPE narrows it, e.g. email/opened.")
    List<String> types = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day (YYYY-MM-DD, UTC).")
    String to;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only items whose asset or detail holds TEXT.")
    String search;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N items (default 50).")
    int limit;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    TimelineCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = err();
        Optional<TimelineFilter> filter = filter(err);
        if (filter.isEmpty()) {
            return WaymarkCommand.INVALID_INPUT;
        }
        if (limit < 1) {
            err.println("--limit: must be at least 1");
            return WaymarkCommand.INVALID_INPUT;
        }
        try (Store store = Store.open(storeDirectory())) {
            TimelineRepository timeline = new TimelineRepository(store);
            Optional<TimelineProfile> profile = whose.contact != null ? timeline.contact(whose.contact)
                    : timeline.account(whose.account);
            if (profile.isEmpty()) {
                err.println(whose.contact != null ? "no contact with id " + whose.contact
                        : "no account with id " + whose.account);
                return WaymarkCommand.INVALID_INPUT;
            }
            LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC);
            List<TimelineItem> items = timeline.page(profile.get(), filter.get(), null, limit, now);
            int total = timeline.count(profile.get(), filter.get(), now);
            PrintWriter out = out();
            if (json) {
                printJson(out, profile.get(), items, total);
            } else {
                printTable(out, profile.get(), items, total);
            }
            return 0;
        }
    }

    private Optional<TimelineFilter> filter(PrintWriter err) {
        Set<InteractionType> chosen = EnumSet.noneOf(InteractionType.class);
        Set<String> subtypes = new java.util.TreeSet<>();
        for (String given : types) {
            String[] parts = given.split("/", 2);
            InteractionType type;
            try {
                type = InteractionType.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("--type " + given + ": unknown type (known: email, sms, push, web, form, event, activity)");
                return Optional.empty();
            }
            chosen.add(type);
            if (parts.length == 2) {
                subtypes.add(TimelineFilter.subtypeKey(type, parts[1].strip()));
            }
        }
        TimelineFilter filter = TimelineFilter.none().withTypes(chosen).withSubtypes(subtypes)
                .withSearch(search == null ? "" : search);
        try {
            if (from != null || to != null) {
                filter = filter.withCustomRange(from == null ? null : LocalDate.parse(from),
                        to == null ? null : LocalDate.parse(to));
            }
        } catch (DateTimeParseException e) {
            err.println("--from/--to: " + e.getParsedString() + " is not a date like 2026-05-04");
            return Optional.empty();
        }
        return Optional.of(filter);
    }

    private static void printTable(PrintWriter out, TimelineProfile profile, List<TimelineItem> items, int total) {
        TimelineWording wording = new TimelineWording();
        out.printf("%s (%s %d): %,d %s, newest first%n", profile.name(), profile.isAccount() ? "account" : "contact",
                profile.id(), total, total == 1 ? "interaction" : "interactions");
        for (TimelineItem item : items) {
            String who = profile.isAccount() ? (item.hasContact() ? item.contactName() : "(account only)") : "";
            out.printf("%-16s  %-26s  %-28s  %s%s%n", item.occurredAt().toString().replace('T', ' ').substring(0, 16),
                    wording.headline(item), item.assetName(), who.isEmpty() ? "" : who + "  ",
                    (item.detail() + (item.hasUrl() ? "  " + item.url() : "")).strip());
        }
        if (items.size() < total) {
            out.printf("… %,d more (raise --limit)%n", total - items.size());
        }
    }

    private static void printJson(PrintWriter out, TimelineProfile profile, List<TimelineItem> items, int total)
            throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("profile", profile.kind().name().toLowerCase(Locale.ROOT)).put("id", profile.id())
                .put("name", profile.name()).put("total", total);
        ArrayNode list = root.putArray("items");
        for (TimelineItem item : items) {
            ObjectNode node = list.addObject().put("id", item.id())
                    .put("occurredAt", item.occurredAt() + "Z").put("type", item.type().name().toLowerCase(Locale.ROOT))
                    .put("subtype", item.subtype()).put("asset", item.assetName()).put("detail", item.detail())
                    .put("url", item.url()).put("source", item.source());
            if (item.hasContact()) {
                node.put("contactId", item.contactId()).put("contact", item.contactName());
            }
        }
        out.println(json.writeValueAsString(root));
    }
}
