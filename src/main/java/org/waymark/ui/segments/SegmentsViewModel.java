package org.waymark.ui.segments;

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
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSummary;

/**
 * The Segments tab: every segment and subscription list, searchable by name, kind or description; the selected one
 * opens in the query builder (dynamic) or the members editor (static, subscription list). New, rename and delete.
 */
public final class SegmentsViewModel {

    private final SegmentWorkspace workspace;
    /** The list of segments (and the pickers' names read with it): a newer read makes an older one stale. */
    private final AnswerLine lists;
    /** The pickers' names read on their own, when the tab is shown again. */
    private final AnswerLine choiceReads;
    /** New, rename and delete: each is done, and each says how it went. */
    private final AnswerLine changes;
    private final ObservableList<SegmentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<SegmentSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SegmentSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final SegmentBuilderViewModel builder;
    private final SegmentMembersViewModel members;
    private final ConditionChoices choices;

    public SegmentsViewModel(SegmentWorkspace workspace, ConditionChoices choices, Executor background, Executor ui) {
        this.workspace = workspace;
        this.lists = new AnswerLine(background, ui);
        this.choiceReads = new AnswerLine(background, ui);
        this.changes = new AnswerLine(background, ui);
        this.choices = choices;
        builder = new SegmentBuilderViewModel(workspace, choices, background, ui);
        members = new SegmentMembersViewModel(workspace, background, ui);
        builder.onSaved(saved -> refresh(saved.id(), "Saved \u201c" + saved.name() + "\u201d."));
        search.addListener((obs, old, text) -> shown.setPredicate(s -> matches(s, text)));
    }

    private static boolean matches(SegmentSummary segment, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (segment.name() + " " + segment.kind().label() + " "
                + (segment.description() == null ? "" : segment.description())).toLowerCase(Locale.ROOT)
                .contains(needle);
    }

    /** Reads the segments again, then selects the one with {@code selectId} if given (0: keep the selection). */
    public void refresh(long selectId) {
        refresh(selectId, "");
    }

    /** As {@link #refresh(long)}, then says {@code said} (the save that asked for it), once the list is read. */
    private void refresh(long selectId, String said) {
        long keep = selectId != 0 ? selectId : selected.get() == null ? 0 : selected.get().id();
        lists.ask(() -> {
            choices.reload();
            return workspace.segments();
        }, read -> {
            all.setAll(read);
            read.stream().filter(s -> s.id() == keep).findFirst().ifPresent(this::open);
            if (!said.isEmpty()) {
                message.set(said);
            }
        }, e -> message.set("Cannot read the segments: " + e.getMessage()));
    }

    /** Reads the names the builder's pickers offer again (lists and assets made in other tabs since). */
    public void reloadChoices() {
        choiceReads.ask(() -> {
            choices.reload();
            return null;
        }, read -> { }, e -> message.set("Cannot read the lists and assets the conditions offer: " + e.getMessage()));
    }

    /** Opens {@code segment} in the editor its kind needs. */
    public void open(SegmentSummary segment) {
        selected.set(segment);
        message.set("");
        if (segment == null) {
            return;
        }
        if (segment.kind() == SegmentKind.DYNAMIC) {
            if (builder.id() != segment.id() || !builder.dirty().get()) {
                builder.open(segment);
            }
        } else {
            members.open(segment);
        }
    }

    /** Starts a new dynamic segment in the builder. */
    public void newDynamic() {
        selected.set(null);
        builder.startNew();
    }

    /** Creates an empty static segment or subscription list and selects it. */
    public void create(SegmentKind kind, String name, String description) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            message.set("Give the " + kind.noun() + " a name.");
            return;
        }
        changes.run(done -> workspace.create(kind, trimmed, description), made -> refresh(made.id()), this::refused);
    }

    public void rename(SegmentSummary segment, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            message.set("A segment needs a name.");
            return;
        }
        changes.run(done -> {
            workspace.rename(segment.id(), trimmed);
            return trimmed;
        }, renamed -> {
            message.set("Renamed to " + renamed + ".");
            refresh(segment.id());
        }, this::refused);
    }

    public void delete(SegmentSummary segment) {
        changes.run(done -> {
            workspace.delete(segment.id());
            return segment;
        }, deleted -> {
            message.set("Deleted " + deleted.name() + ".");
            selected.set(null);
            if (builder.id() == deleted.id()) {
                builder.startNew();
            }
            refresh(0);
        }, this::refused);
    }

    /** A change the store refused says why (the rules' words); another failure says it failed. */
    private void refused(Exception e) {
        message.set(e instanceof IllegalArgumentException ? e.getMessage() : "The store failed: " + e.getMessage());
    }

    /** The segment in the builder when it has unsaved changes ("the new segment" before it has a name). */
    public java.util.Optional<String> unsavedSegment() {
        if (!builder.dirty().get()) {
            return java.util.Optional.empty();
        }
        String name = builder.name().get() == null ? "" : builder.name().get().strip();
        return java.util.Optional.of(name.isEmpty() ? "the new segment" : name);
    }

    public ObservableList<SegmentSummary> shown() {
        return shown;
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<SegmentSummary> selected() {
        return selected;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public SegmentBuilderViewModel builder() {
        return builder;
    }

    public SegmentMembersViewModel members() {
        return members;
    }
}
