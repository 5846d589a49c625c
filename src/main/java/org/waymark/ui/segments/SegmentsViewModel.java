package org.waymark.ui.segments;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
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
    private final Executor background;
    private final Executor ui;
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
        this.background = background;
        this.ui = ui;
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
        background.execute(() -> {
            choices.reload();
            List<SegmentSummary> read = workspace.segments();
            ui.execute(() -> {
                all.setAll(read);
                read.stream().filter(s -> s.id() == keep).findFirst().ifPresent(this::open);
                if (!said.isEmpty()) {
                    message.set(said);
                }
            });
        });
    }

    /** Reads the names the builder's pickers offer again (lists and assets made in other tabs since). */
    public void reloadChoices() {
        background.execute(choices::reload);
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
        background.execute(() -> {
            try {
                SegmentSummary made = workspace.create(kind, trimmed, description);
                ui.execute(() -> refresh(made.id()));
            } catch (IllegalArgumentException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
    }

    public void rename(SegmentSummary segment, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            message.set("A segment needs a name.");
            return;
        }
        background.execute(() -> {
            try {
                workspace.rename(segment.id(), trimmed);
                ui.execute(() -> {
                    message.set("Renamed to " + trimmed + ".");
                    refresh(segment.id());
                });
            } catch (IllegalArgumentException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
    }

    public void delete(SegmentSummary segment) {
        background.execute(() -> {
            try {
                workspace.delete(segment.id());
                ui.execute(() -> {
                    message.set("Deleted " + segment.name() + ".");
                    selected.set(null);
                    if (builder.id() == segment.id()) {
                        builder.startNew();
                    }
                    refresh(0);
                });
            } catch (IllegalArgumentException e) {
                ui.execute(() -> message.set(e.getMessage()));
            }
        });
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
