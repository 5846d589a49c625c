package org.waymark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageDetail;
import org.waymark.model.engagement.MessageEvent;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.model.engagement.MessageStatus;
import org.waymark.store.Store;
import org.waymark.store.engagement.EmailMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code waymark email messages} (the emails list) and {@code waymark email message --id N} (one message). */
final class EmailMessageCommands {

    static final int COUNT_CAP = 10_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private EmailMessageCommands() {
    }

    @Command(name = "messages", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Every email message sent to one contact, newest first: recipient, email, sent, delivered, "
                    + "opens, last opened, attachment views, link clicks, replies and status.")
    static final class Messages extends JourneyCommand.Base {

        @Option(names = "--search", paramLabel = "TEXT", description = "Only messages whose email name, recipient or address contains TEXT.")
        private String search;

        @Option(names = "--status", paramLabel = "S", description = "Only messages in status S: bounced, sent, unopened, opened or replied.")
        private String status;

        @Option(names = "--from", paramLabel = "DATE", description = "Only messages sent on or after DATE (yyyy-mm-dd).")
        private LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Only messages sent on or before DATE (yyyy-mm-dd).")
        private LocalDate to;

        @Option(names = "--sort", paramLabel = "COLUMN", defaultValue = "SENT", description = "Sort by one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        private MessageSort sort;

        @Option(names = "--ascending", description = "Smallest or oldest first (default: largest or newest first).")
        private boolean ascending;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N messages (default: ${DEFAULT-VALUE}).")
        private int limit;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        private boolean json;

        Messages(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            MessageQuery query;
            try {
                if (limit < 1) {
                    throw new IllegalArgumentException("--limit must be at least 1");
                }
                MessageState state = status == null ? null : MessageState.parse(status);
                query = new MessageQuery(search, state, from, to, sort, !ascending);
            } catch (IllegalArgumentException e) {
                err().println(e.getMessage().startsWith("--") ? e.getMessage() : "--status/--from/--to: "
                        + e.getMessage());
                return WaymarkCommand.INVALID_INPUT;
            }
            try (Store store = Store.open(storeDirectory())) {
                EmailMessages messages = new EmailMessages(store);
                List<EmailMessage> page = messages.page(query, 0, limit);
                int total = page.size() < limit ? page.size() : messages.countUpTo(query, COUNT_CAP);
                LocalDateTime now = LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC);
                MessageStatus status = new MessageStatus();
                PrintWriter out = out();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ObjectNode root = mapper.createObjectNode();
                    root.put("total", Math.min(total, COUNT_CAP)).put("more", total > COUNT_CAP);
                    ArrayNode list = root.putArray("messages");
                    page.forEach(m -> summary(list.addObject(), m).put("status", status.of(m.asRecipient(), now)));
                    out.println(mapper.writeValueAsString(root));
                    return 0;
                }
                out.printf("%-8s %-22s %-28s %-16s %-16s %5s %-16s %5s %6s %7s  %s%n", "ID", "RECIPIENT", "EMAIL",
                        "SENT", "DELIVERED", "OPENS", "LAST OPENED", "VIEWS", "CLICKS", "REPLIES", "STATUS");
                for (EmailMessage m : page) {
                    out.printf(Locale.ROOT, "%-8d %-22s %-28s %-16s %-16s %5d %-16s %5d %6d %7d  %s%n", m.id(),
                            cut(m.recipient(), 22), cut(m.emailName(), 28), when(m.sentAt()), when(m.deliveredAt()),
                            m.opens(), when(m.lastOpenedAt()), m.attachmentViews(), m.clicks(), m.replies(),
                            status.of(m.asRecipient(), now));
                }
                out.printf(Locale.ROOT, "%,d of %s message%s%n", page.size(), total > COUNT_CAP
                        ? String.format(Locale.ROOT, "%,d+", COUNT_CAP) : String.format(Locale.ROOT, "%,d", total),
                        total == 1 ? "" : "s");
                return 0;
            }
        }
    }

    @Command(name = "message", mixinStandardHelpOptions = true,
            description = "One email message: as received, its totals (opens, attachment views, link clicks, "
                    + "replies) and its history, newest first, with device and link or file.")
    static final class Message extends JourneyCommand.Base {

        @Option(names = "--id", required = true, paramLabel = "N", description = "The message id (see 'email messages').")
        private long id;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean json;

        Message(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() throws Exception {
            try (Store store = Store.open(storeDirectory())) {
                Optional<MessageDetail> found = new EmailMessages(store).detail(id);
                if (found.isEmpty()) {
                    err().println("--id: no email message " + id);
                    return WaymarkCommand.INVALID_INPUT;
                }
                MessageDetail d = found.get();
                PrintWriter out = out();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ObjectNode root = summary(mapper.createObjectNode(), d.message());
                    if (d.preview() != null) {
                        root.put("subject", d.preview().title()).put("preheader", d.preview().preheader())
                                .put("body", d.preview().body());
                    }
                    ArrayNode history = root.putArray("history");
                    d.history().forEach(e -> history.addObject().put("at", e.at().toString())
                            .put("subtype", e.subtype()).put("device", e.device()).put("what", e.what())
                            .put("url", e.url()));
                    out.println(mapper.writeValueAsString(root));
                    return 0;
                }
                EmailMessage m = d.message();
                out.printf("%s to %s <%s>, sent %s%n", m.emailName(), m.recipient(), m.recipientEmail(),
                        when(m.sentAt()));
                out.printf(Locale.ROOT, "Opens %d · Attachment views %d · Link clicks %d · Replies %d%n%n",
                        d.opens(), d.attachmentViews(), d.clicks(), d.replies());
                if (d.preview() == null) {
                    out.println("(the email '" + m.emailName() + "' is not stored)");
                } else {
                    out.println("Subject: " + d.preview().title());
                    if (!d.preview().preheader().isEmpty()) {
                        out.println("Preheader: " + d.preview().preheader());
                    }
                    out.println();
                    out.println(d.preview().body());
                }
                d.links().forEach(l -> out.println("Link: " + l.label() + " — " + l.url()));
                out.println();
                out.printf("%-16s  %-8s  %s%n", "WHEN", "DEVICE", "WHAT");
                for (MessageEvent e : d.history()) {
                    out.printf("%-16s  %-8s  %s%s%n", when(e.at()), e.device().isEmpty() ? "-" : e.device(),
                            e.subtype(), e.what().isEmpty() ? "" : " " + e.what());
                }
                return 0;
            }
        }
    }

    private static ObjectNode summary(ObjectNode node, EmailMessage m) {
        return node.put("id", m.id()).put("contactId", m.contactId()).put("recipient", m.recipient())
                .put("address", m.recipientEmail()).put("email", m.emailName()).put("sent", text(m.sentAt()))
                .put("delivered", text(m.deliveredAt())).put("bounced", m.bounced()).put("opens", m.opens())
                .put("lastOpened", text(m.lastOpenedAt())).put("attachmentViews", m.attachmentViews())
                .put("clicks", m.clicks()).put("replies", m.replies()).put("state", m.state().name());
    }

    private static String text(LocalDateTime at) {
        return at == null ? null : at.toString();
    }

    private static String when(LocalDateTime at) {
        return at == null ? "-" : WHEN.format(at);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
