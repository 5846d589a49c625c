package org.waymark.ui.content;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.waymark.ui.background.AnswerLine;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetProblem;
import org.waymark.model.content.AssetStatus;
import org.waymark.model.content.AssetSummary;
import org.waymark.model.content.InvalidAssetException;
import org.waymark.store.content.ContentRepository;

/**
 * The Content tab: every marketing asset, narrowed by a search and a kind, the selected one in its editor, and New,
 * Save, Revert, Publish, Unpublish and Delete. Edits left unsaved when another asset is selected are kept (the row
 * says "unsaved changes") and come back when it is selected again. Store work runs on {@code background}, results
 * on {@code ui}, through an {@link AnswerLine} for each kind of answer.
 */
public final class ContentViewModel {

    private final ContentRepository content;
    private final Clock clock;
    /** The list: a newer read makes an older one stale. */
    private final AnswerLine lists;
    /** The selected asset's record: selecting another makes the answer for the last one stale. */
    private final AnswerLine opened;
    /** New, save, publish, unpublish and delete: each is done, and each says how it went. */
    private final AnswerLine changes;
    private final ObservableList<AssetRow> all = FXCollections.observableArrayList(r -> new Observable[] {
            r.summaryProperty(), r.unsavedProperty()});
    private final FilteredList<AssetRow> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AssetKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AssetRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<AssetEditorModel> editor = new SimpleObjectProperty<>();
    private final Map<String, AssetEditorModel> drafts = new HashMap<>();
    private final ObservableList<String> formNames = FXCollections.observableArrayList();
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public ContentViewModel(ContentRepository content, Clock clock, Executor background, Executor ui) {
        this.content = content;
        this.clock = clock;
        this.lists = new AnswerLine(background, ui);
        this.opened = new AnswerLine(background, ui);
        this.changes = new AnswerLine(background, ui);
        search.addListener(o -> filter());
        kindFilter.addListener(o -> filter());
    }

    /** The names of the assets whose edits are not saved yet, for the question asked before the window closes. */
    public java.util.List<String> unsavedNames() {
        return all.stream().filter(r -> r.unsavedProperty().get()).map(AssetRow::name).toList();
    }

    /** Reads the list again, keeping the rows (and the selection) of assets still there. */
    public void refresh() {
        refresh(null);
    }

    /** Selects {@code row} (null: nothing); unsaved edits of the asset left are kept as a draft. */
    public void select(AssetRow row) {
        if (row == selected.get()) {
            return;
        }
        AssetEditorModel leaving = editor.get();
        if (leaving != null && leaving.isDirty()) {
            drafts.put(key(leaving.kind(), leaving.build().id()), leaving);
        }
        selected.set(row);
        problems.set("");
        editor.set(null);
        opened.drop();
        if (row == null) {
            return;
        }
        AssetEditorModel kept = drafts.remove(key(row.kind(), row.id()));
        if (kept != null) {
            show(kept);
            return;
        }
        opened.ask(() -> content.find(row.kind(), row.id()).orElse(null), asset -> {
            if (asset == null) {
                problems.set("The " + row.kind().label() + " '" + row.name() + "' is no longer in the store");
                refresh();
            } else {
                AssetEditorModel model = EditorModels.of(row.kind());
                model.load(asset);
                show(model);
            }
        }, this::failed);
    }

    /** Creates a draft of {@code kind} with a free name ("New marketing email 2") and selects it. */
    public void create(AssetKind kind) {
        Asset draft = EditorModels.blank(kind, freeName(kind), clock);
        changes.run(done -> content.save(draft), this::refresh, this::failed);
    }

    public void save() {
        write(null, a -> "Saved '" + a.name() + "'");
    }

    /** Saves the edits as published, if the asset passes the publishing checks. */
    public void publish() {
        write(AssetStatus.PUBLISHED, a -> "Published '" + a.name() + "'");
    }

    public void unpublish() {
        write(AssetStatus.DRAFT, a -> "'" + a.name() + "' is a draft again; journeys that use it cannot go live");
    }

    public void revert() {
        if (editor.get() != null) {
            editor.get().revert();
            problems.set("");
        }
    }

    /** Deletes the selected asset (the view asks first). */
    public void delete() {
        AssetRow row = selected.get();
        if (row == null) {
            return;
        }
        changes.run(done -> content.delete(row.kind(), row.id()), gone -> {
            drafts.remove(key(row.kind(), row.id()));
            message.set("Deleted '" + row.name() + "'");
            select(null);
            refresh();
        }, this::failed);
    }

    private void write(AssetStatus status, Function<Asset, String> said) {
        AssetEditorModel model = editor.get();
        if (model == null) {
            return;
        }
        List<AssetProblem> input = model.inputProblems();
        if (!input.isEmpty()) {
            problems.set(describe(input));
            return;
        }
        Asset edited = status == null ? model.build() : model.build().withStatus(status);
        changes.run(done -> content.save(edited), stored -> {
            model.load(stored);
            problems.set("");
            message.set(said.apply(stored));
            refresh(null);
        }, this::failed);
    }

    private void refresh(Asset select) {
        lists.ask(content::list, list -> {
            merge(list);
            if (select != null) {
                all.stream().filter(r -> r.is(select.kind(), select.id())).findFirst().ifPresent(r -> {
                    search.set("");
                    kindFilter.set(null);
                    select(r);
                });
            }
        }, this::failed);
    }

    private void merge(List<AssetSummary> list) {
        Map<String, AssetSummary> byKey = new HashMap<>();
        list.forEach(s -> byKey.put(key(s.kind(), s.id()), s));
        all.removeIf(r -> !byKey.containsKey(key(r.kind(), r.id())));
        for (int i = 0; i < list.size(); i++) {
            AssetSummary summary = list.get(i);
            AssetRow row = all.stream().filter(r -> r.is(summary.kind(), summary.id())).findFirst().orElse(null);
            if (row == null) {
                all.add(Math.min(i, all.size()), new AssetRow(summary));
            } else {
                row.summaryProperty().set(summary);
            }
        }
        all.forEach(r -> r.unsavedProperty().set(drafts.containsKey(key(r.kind(), r.id()))));
        formNames.setAll(list.stream().filter(s -> s.kind() == AssetKind.MARKETING_FORM).map(AssetSummary::name)
                .toList());
        AssetRow current = selected.get();
        if (current != null && editor.get() != null) {
            current.unsavedProperty().set(editor.get().isDirty());
        }
        if (current != null && !all.contains(current)) {
            select(null);
        }
    }

    private void show(AssetEditorModel model) {
        editor.set(model);
        AssetRow row = selected.get();
        row.unsavedProperty().set(model.isDirty());
        model.dirtyProperty().addListener((o, was, dirty) -> {
            if (editor.get() == model && selected.get() != null) {
                selected.get().unsavedProperty().set(dirty);
            }
        });
    }

    /** Why the store refused (one field per line), or that it failed. */
    private void failed(Exception e) {
        problems.set(e instanceof InvalidAssetException refused ? describe(refused.problems())
                : "The store failed: " + e.getMessage());
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        AssetKind kind = kindFilter.get();
        shown.setPredicate(r -> (kind == null || r.kind() == kind)
                && (needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)));
    }

    private String freeName(AssetKind kind) {
        String base = "New " + kind.label();
        String name = base;
        for (int n = 2; taken(kind, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private boolean taken(AssetKind kind, String name) {
        return all.stream().anyMatch(r -> r.kind() == kind && r.name().equalsIgnoreCase(name));
    }

    private static String describe(List<AssetProblem> found) {
        return String.join("\n", found.stream().map(AssetProblem::toString).toList());
    }

    private static String key(AssetKind kind, long id) {
        return kind + ":" + id;
    }

    public ObservableList<AssetRow> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AssetKind> kindFilterProperty() {
        return kindFilter;
    }

    public ReadOnlyObjectProperty<AssetRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AssetEditorModel> editorProperty() {
        return editor;
    }

    /** The forms a page may show, by name, as listed. */
    public ObservableList<String> formNames() {
        return formNames;
    }

    /** Why the last save, publish or delete was refused, one field per line; "" when it was not. */
    public StringProperty problemsProperty() {
        return problems;
    }

    /** What the last command did, for the status line. */
    public StringProperty messageProperty() {
        return message;
    }
}
