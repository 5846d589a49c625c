package org.waymark.ui.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.waymark.ui.background.AnswerLine;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;

/**
 * A dynamic segment being edited: its name, description and query, with a live member count and a preview of the
 * first members. Every change asks for a new count on an {@link AnswerLine}: a count not started when a later change
 * comes is skipped, so while one runs, later changes are gathered into one more count, and the answer shown is always
 * for the latest query. Incomplete conditions are listed and left out of the count, and
 * saving refuses them.
 */
public final class SegmentBuilderViewModel {

    public static final int PREVIEW = 25;
    public static final int MAX_NAME = 200;

    private final SegmentWorkspace workspace;
    /** The count and preview: a change makes the count for the query before it stale. */
    private final AnswerLine counts;
    /** Saves: each is done, and each says how it went. */
    private final AnswerLine saves;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final RuleGroupRow root;
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ContactSummary> preview = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private Consumer<SegmentSummary> onSaved = saved -> { };
    private long id;
    private boolean loading;

    public SegmentBuilderViewModel(SegmentWorkspace workspace, ConditionChoices choices, Executor background,
                                   Executor ui) {
        this.workspace = workspace;
        this.counts = new AnswerLine(background, ui);
        this.saves = new AnswerLine(background, ui);
        root = new RuleGroupRow(new ConditionWording(choices), this::changed, 0);
        name.addListener(o -> markDirty());
        description.addListener(o -> markDirty());
    }

    /** Shows a stored dynamic segment. */
    public void open(SegmentSummary segment) {
        if (segment.kind() != SegmentKind.DYNAMIC) {
            throw new IllegalArgumentException(segment.name() + " is not a dynamic segment");
        }
        show(segment.id(), segment.name(), segment.description(), segment.query());
    }

    /** Starts a new dynamic segment with one empty condition. */
    public void startNew() {
        show(0, "", "", RuleGroup.all());
        loading = true;
        root.addCondition();
        loading = false;
        changed();
        dirty.set(false);
    }

    private void show(long segmentId, String segmentName, String text, RuleGroup query) {
        loading = true;
        try {
            id = segmentId;
            name.set(segmentName);
            description.set(text == null ? "" : text);
            root.show(query == null ? RuleGroup.all() : query);
            message.set("");
        } finally {
            loading = false;
        }
        changed();
        dirty.set(false);
    }

    public void onSaved(Consumer<SegmentSummary> action) {
        onSaved = action;
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    private void changed() {
        if (loading) {
            return;
        }
        markDirty();
        List<String> found = new ArrayList<>();
        root.collectProblems("", found);
        problems.setAll(found);
        requestCount();
    }

    private void requestCount() {
        RuleGroup query = root.group();
        int incomplete = problems.size();
        count.set("Counting…");
        counts.ask(() -> workspace.sample(query, PREVIEW), sample -> counted(sample.count(), sample.first(),
                incomplete, query), e -> {
                    count.set("Could not count: " + e.getMessage());
                    preview.clear();
                });
    }

    private void counted(long members, List<ContactSummary> first, int incomplete, RuleGroup query) {
        String text = String.format(Locale.ENGLISH, "%,d %s", members, members == 1 ? "contact matches" : "contacts match");
        if (query.isEmpty()) {
            text += " (no conditions: every contact)";
        }
        if (incomplete > 0) {
            text += String.format(Locale.ENGLISH, "; %d incomplete %s not counted", incomplete,
                    incomplete == 1 ? "condition" : "conditions");
        }
        count.set(text);
        preview.setAll(first);
    }

    /** Saves when the name and every condition are complete; otherwise says what to fix. */
    public void save() {
        String trimmed = name.get() == null ? "" : name.get().strip();
        if (trimmed.isEmpty()) {
            message.set("Give the segment a name.");
            return;
        }
        if (trimmed.length() > MAX_NAME) {
            message.set("The name is " + trimmed.length() + " characters long; at most " + MAX_NAME + " fit.");
            return;
        }
        if (!problems.isEmpty()) {
            message.set("Complete or remove: " + String.join("; ", problems));
            return;
        }
        long segmentId = id;
        String text = description.get();
        RuleGroup query = root.group();
        message.set("Saving…");
        saves.run(done -> workspace.saveDynamic(segmentId, trimmed, text, query), this::saved,
                e -> message.set(e instanceof IllegalArgumentException ? e.getMessage()
                        : "Cannot save the segment: " + e.getMessage()));
    }

    private void saved(SegmentSummary saved) {
        id = saved.id();
        loading = true;
        name.set(saved.name());
        loading = false;
        dirty.set(false);
        message.set("Saved " + saved.name() + ".");
        onSaved.accept(saved);
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty description() {
        return description;
    }

    public RuleGroupRow root() {
        return root;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty count() {
        return count;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public ObservableList<ContactSummary> preview() {
        return preview;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    /** 0 until the segment is first saved. */
    public long id() {
        return id;
    }

    /** The query as it would be saved now (incomplete conditions left out). */
    public RuleGroup query() {
        return root.group();
    }
}
