package org.waymark.ui.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.engagement.EmailMessage;
import org.waymark.model.engagement.MessageQuery;
import org.waymark.model.engagement.MessageSort;
import org.waymark.model.engagement.MessageState;
import org.waymark.model.engagement.MessageStatus;
import org.waymark.store.engagement.EmailMessages;

/**
 * The Messages view of the Emails tab: every email message sent to one contact, {@value #PAGE} at a time (Show more
 * adds the next page), searched by email or recipient, filtered by status and sending day, sorted by any column,
 * counted up to {@value #COUNT_CAP}; and the opened message's detail ({@link MessageDetailViewModel}). Every change
 * (the search once applied) asks the store again on {@code background} through an {@link AnswerLine}: answers to older questions are
 * dropped.
 */
public final class MessagesViewModel {

    public static final int PAGE = 100;
    public static final int COUNT_CAP = 10_000;

    private final EmailMessages messages;
    private final Clock clock;
    /** The list's pages: a new filter or sort makes the answers to older questions stale. */
    private final AnswerLine answers;
    private final MessageStatus statusText = new MessageStatus();
    private final ObservableList<MessageRow> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<MessageState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> sentFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> sentTo = new SimpleObjectProperty<>();
    private final ObjectProperty<MessageSort> sort = new SimpleObjectProperty<>(MessageSort.SENT);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private final MessageDetailViewModel detail;
    private String appliedSearch = "";
    private int total;

    public MessagesViewModel(EmailMessages messages, Clock clock, Executor background, Executor ui) {
        this.messages = messages;
        this.clock = clock;
        this.answers = new AnswerLine(background, ui);
        this.detail = new MessageDetailViewModel(messages, clock, background, ui);
        state.addListener((obs, old, value) -> reload());
        sort.addListener((obs, old, value) -> reload());
        descending.addListener((obs, old, value) -> reload());
        sentFrom.addListener((obs, old, value) -> reload());
        sentTo.addListener((obs, old, value) -> reload());
    }

    /** The query the controls describe; a "to" day before the "from" day is read as the same day. */
    public MessageQuery query() {
        LocalDate from = sentFrom.get();
        LocalDate to = sentTo.get();
        if (from != null && to != null && to.isBefore(from)) {
            to = from;
        }
        return new MessageQuery(appliedSearch, state.get(), from, to, sort.get(), descending.get());
    }

    /** Searches for what the search box holds (the view calls it after a pause in typing, or on Enter). */
    public void applySearch() {
        String text = search.get() == null ? "" : search.get().strip();
        if (!text.equals(appliedSearch)) {
            appliedSearch = text;
            reload();
        }
    }

    /** Reads the first page and the count again. */
    public void reload() {
        MessageQuery query = query();
        summary.set("Loading…");
        answers.ask(() -> {
            EmailMessages.FirstPage first = messages.firstPage(query, PAGE, COUNT_CAP);
            return new FirstRows(rows(first.messages()), first.count());
        }, first -> {
            rows.setAll(first.rows());
            total = first.count();
            showSummary();
        }, failed -> summary.set("Cannot read the messages: " + failed.getMessage()));
    }

    /** Adds the next page to the list. */
    public void showMore() {
        if (!more.get()) {
            return;
        }
        MessageQuery query = query();
        int offset = rows.size();
        answers.askMore(() -> rows(messages.page(query, offset, PAGE)), page -> {
            if (rows.size() == offset) {
                rows.addAll(page);
                showSummary();
            }
        }, failed -> summary.set("Cannot read the messages: " + failed.getMessage()));
    }

    /** Sorts by {@code by}: a new column starts descending, the same column again flips the direction. */
    public void sortBy(MessageSort by) {
        if (by == sort.get()) {
            descending.set(!descending.get());
        } else {
            sort.set(by);
        }
    }

    /** Opens {@code row}'s message in the detail. */
    public void open(MessageRow row) {
        if (row != null) {
            detail.open(row.message().id());
        }
    }

    private List<MessageRow> rows(List<EmailMessage> page) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        org.waymark.model.timeline.ShownZone zone = org.waymark.model.timeline.ShownZone.of(clock);
        java.util.function.Function<LocalDateTime, String> when = at -> at == null ? ""
                : MessageDetailViewModel.WHEN.format(zone.shown(at));
        return page.stream().map(m -> new MessageRow(m, statusText.of(m.asRecipient(), now), when.apply(m.sentAt()),
                when.apply(m.deliveredAt()), when.apply(m.lastOpenedAt()))).toList();
    }

    private void showSummary() {
        more.set(rows.size() < total);
        summary.set(describe(rows.size(), total));
    }

    /** "No messages match.", "3 messages", "Showing 100 of 2,130 messages", "Showing 100 of 10,000+ messages". */
    static String describe(int shown, int total) {
        if (total == 0) {
            return "No messages match.";
        }
        String of = total > COUNT_CAP ? String.format(Locale.ENGLISH, "%,d+", COUNT_CAP)
                : String.format(Locale.ENGLISH, "%,d", total);
        String noun = total == 1 ? " message" : " messages";
        return shown >= total ? of + noun : String.format(Locale.ENGLISH, "Showing %,d of %s%s", shown, of, noun);
    }

    /** The first page's rows and the capped count, read together. */
    private record FirstRows(List<MessageRow> rows, int count) {
    }

    public ObservableList<MessageRow> rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<MessageState> stateProperty() {
        return state;
    }

    public ObjectProperty<LocalDate> sentFromProperty() {
        return sentFrom;
    }

    public ObjectProperty<LocalDate> sentToProperty() {
        return sentTo;
    }

    public ObjectProperty<MessageSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    /** What the list holds, in words, for the line under it and screen readers. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Whether more messages match than the list holds. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public MessageDetailViewModel detail() {
        return detail;
    }
}
