package org.waymark.ui.engagement;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageDetail;
import org.waymark.model.engagement.MessageEvent;
import org.waymark.model.engagement.MessageStatus;
import org.waymark.model.timeline.MessagePreview;
import org.waymark.model.timeline.TimelineWording;
import org.waymark.store.engagement.EmailMessages;

/**
 * One email message opened from the emails list: the message as its contact received it (subject, preheader, body
 * personalised, links), its KPIs (total opens, attachment views, link clicks, replies) and its history, newest first,
 * each event with its time, device and the link or file it concerned.
 */
public final class MessageDetailViewModel {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final EmailMessages messages;
    private final Clock clock;
    /** The message opened: opening another makes the answer for the last one stale. */
    private final AnswerLine reads;
    private final TimelineWording wording = new TimelineWording();
    private final MessageStatus status = new MessageStatus();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final SimpleObjectProperty<MessageDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty kpis = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObservableList<MessageEventRow> history = FXCollections.observableArrayList();
    private long asked;

    MessageDetailViewModel(EmailMessages messages, Clock clock, Executor background, Executor ui) {
        this.messages = messages;
        this.clock = clock;
        this.reads = new AnswerLine(background, ui);
    }

    /** Shows the message {@code id}; its contents arrive from the store. */
    public void open(long id) {
        asked = id;
        detail.set(null);
        heading.set("Loading…");
        kpis.set("");
        body.set("");
        history.clear();
        showing.set(true);
        reads.ask(() -> messages.detail(id).orElse(null), read -> {
            if (asked == id && showing.get()) {
                show(read);
            }
        }, failed -> heading.set("Cannot read the message: " + failed.getMessage()));
    }

    /** Back to the list. */
    public void close() {
        showing.set(false);
        asked = 0;
    }

    private void show(MessageDetail read) {
        detail.set(read);
        if (read == null) {
            heading.set("This message is no longer in the store.");
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        heading.set(heading(read.message()) + " — " + status.of(read.message().asRecipient(), now));
        kpis.set(kpiText(read));
        body.set(bodyText(read));
        history.setAll(rows(read.history()));
    }

    /** "Spring offer to Ana Berg <ana@example.com>, sent 2 Mar 2026 09:00". */
    String heading(EmailMessage m) {
        String to = m.recipient() + (m.recipientEmail().isEmpty() ? "" : " <" + m.recipientEmail() + ">");
        org.waymark.model.timeline.ShownZone zone = org.waymark.model.timeline.ShownZone.of(clock);
        LocalDateTime sent = zone.shown(m.sentAt());
        return m.emailName() + " to " + to + ", sent " + WHEN.format(sent) + " " + zone.label(sent);
    }

    /** "2 opens · 0 attachment views · 1 link click · 1 reply". */
    static String kpiText(MessageDetail d) {
        return String.join(" · ", count(d.opens(), "open"), count(d.attachmentViews(), "attachment view"),
                count(d.clicks(), "link click"), count(d.replies(), "reply", "replies"));
    }

    /** The message as received: subject, preheader, body, then its links. */
    static String bodyText(MessageDetail d) {
        MessagePreview p = d.preview();
        if (p == null) {
            return "The email '" + d.message().emailName() + "' is not stored, so its text cannot be shown.";
        }
        StringBuilder text = new StringBuilder("Subject: ").append(p.title());
        if (!p.preheader().isEmpty()) {
            text.append("\nPreheader: ").append(p.preheader());
        }
        text.append("\n\n").append(p.body());
        if (!d.links().isEmpty()) {
            text.append("\n\nLinks:");
            d.links().forEach(l -> text.append("\n• ").append(l.label()).append(" — ").append(l.url()));
        }
        return text.toString();
    }

    List<MessageEventRow> rows(List<MessageEvent> events) {
        org.waymark.model.timeline.ShownZone zone = org.waymark.model.timeline.ShownZone.of(clock);
        return events.stream().map(e -> new MessageEventRow(WHEN.format(zone.shown(e.at())), what(e),
                e.device().isEmpty() ? "—" : e.device())).toList();
    }

    /** "Opened", "Link clicked: Book a demo (https://…)", "Attachment viewed: price-list.pdf", "Bounced: …". */
    String what(MessageEvent e) {
        String said = wording.subtype(e.subtype());
        String about = e.what().isEmpty() ? e.url() : e.url().isEmpty() || e.url().equals(e.what()) ? e.what()
                : e.what() + " (" + e.url() + ")";
        return about.isEmpty() ? said : said + ": " + about;
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyObjectProperty<MessageDetail> detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty kpisProperty() {
        return kpis;
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body;
    }

    public ObservableList<MessageEventRow> history() {
        return history;
    }
}
