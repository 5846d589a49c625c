package org.waymark.ui.engagement;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.waymark.model.engagement.MessageStatus;
import org.waymark.model.engagement.RecommendedRule;
import org.waymark.model.engagement.TemplateResult;
import org.waymark.model.engagement.WeeklyEngagement;
import org.waymark.store.engagement.TemplateResults;

/**
 * The Emails tab: every email template with its results and Recommended mark, searchable by name or subject, and for
 * the selected one its opens and clicks per week. Store work runs on {@code background}, results on {@code ui}, through
 * {@link AnswerLine}s (decision 0014).
 */
public final class TemplateResultsViewModel {

    public static final int RECIPIENTS = 500;

    private final TemplateResults results;
    private final java.time.Clock clock;
    private final MessageStatus status = new MessageStatus();
    private final ObservableList<RecipientRow> recipients = FXCollections.observableArrayList();
    /** The list of templates; the selected template's weeks and recipients: each answers only its latest question. */
    private final AnswerLine list;
    private final AnswerLine detail;
    private final ObservableList<TemplateResult> all = FXCollections.observableArrayList();
    private final FilteredList<TemplateResult> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<TemplateResult> selected = new SimpleObjectProperty<>();
    private final ObservableList<WeeklyEngagement> weeks = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public TemplateResultsViewModel(TemplateResults results, Executor background, Executor ui) {
        this(results, java.time.Clock.systemUTC(), background, ui);
    }

    /** {@code clock} says when "now" is for the recipients' status lines ("last opened yesterday"). */
    public TemplateResultsViewModel(TemplateResults results, java.time.Clock clock, Executor background, Executor ui) {
        this.clock = clock;
        this.results = results;
        this.list = new AnswerLine(background, ui);
        this.detail = new AnswerLine(background, ui);
        search.addListener((obs, old, text) -> shown.setPredicate(r -> matches(r, text)));
        selected.addListener((obs, old, email) -> loadWeeks(email));
    }

    /** Reads every template's results again. */
    public void refresh() {
        list.ask(results::all, all::setAll, failed -> { });
    }

    private void loadWeeks(TemplateResult email) {
        weeks.clear();
        recipients.clear();
        summary.set(email == null ? "Select an email to see its opens and clicks per week." : "Loading…");
        if (email == null) {
            detail.drop();
            return;
        }
        detail.ask(() -> {
            List<WeeklyEngagement> read = results.weekly(email.emailId());
            java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
            org.waymark.model.timeline.ShownZone zone = org.waymark.model.timeline.ShownZone.of(clock);
            List<RecipientRow> people = results.recipients(email.emailId(), RECIPIENTS).stream()
                    .map(r -> new RecipientRow(r, status.of(r, now), r.lastSent() == null ? ""
                            : MessageDetailViewModel.WHEN.format(zone.shown(r.lastSent())))).toList();
            return new Detail(read, people);
        }, read -> {
            weeks.setAll(read.weeks());
            recipients.setAll(read.recipients());
            summary.set(describe(email, read.weeks()));
        }, failed -> summary.set("Cannot read '" + email.name() + "': " + failed.getMessage()));
    }

    /** The selected template's weeks and recipients, read together. */
    private record Detail(List<WeeklyEngagement> weeks, List<RecipientRow> recipients) {
    }

    /** What the chart shows, in words, for screen readers and as its caption. */
    static String describe(TemplateResult email, List<WeeklyEngagement> read) {
        if (read.isEmpty()) {
            return "'" + email.name() + "' has no opens or clicks yet.";
        }
        WeeklyEngagement best = read.stream().max(java.util.Comparator.comparingLong(WeeklyEngagement::opens))
                .orElseThrow();
        long opens = read.stream().mapToLong(WeeklyEngagement::opens).sum();
        long clicks = read.stream().mapToLong(WeeklyEngagement::clicks).sum();
        return String.format(Locale.ENGLISH, "'%s': %s and %s over %s; most opens (%,d) in the week of %s.",
                email.name(), plural(opens, "open"), plural(clicks, "click"), plural(read.size(), "week"),
                best.opens(), best.weekStart());
    }

    private static String plural(long n, String what) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    private static boolean matches(TemplateResult r, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return r.name().toLowerCase(Locale.ROOT).contains(needle)
                || r.subject().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The rule under the table, in a sentence. */
    public String ruleText() {
        return "Recommended: at least " + RecommendedRule.MIN_SENT + " messages sent, with a reply rate in the top "
                + "quarter of such emails.";
    }

    public ObservableList<TemplateResult> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<TemplateResult> selectedProperty() {
        return selected;
    }

    public ObservableList<WeeklyEngagement> weeks() {
        return weeks;
    }

    /** The selected email's recipients, most recently sent first, at most {@link #RECIPIENTS}. */
    public ObservableList<RecipientRow> recipients() {
        return recipients;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
