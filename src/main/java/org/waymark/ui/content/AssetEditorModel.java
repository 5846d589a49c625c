package org.waymark.ui.content;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.waymark.model.content.Asset;
import org.waymark.model.content.AssetChecks;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetProblem;
import org.waymark.model.content.AssetStatus;

/**
 * The fields of one asset being edited, as properties the editor view binds to: the asset as stored, the asset as
 * edited ({@link #currentProperty()}, rebuilt on every change), whether they differ, and notes shown while typing
 * (unknown placeholders, a text message's length). Subclasses hold each kind's fields.
 */
public abstract class AssetEditorModel {

    protected final AssetChecks checks = new AssetChecks();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Asset> stored = new SimpleObjectProperty<>();
    private final ObjectProperty<Asset> current = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> stored.get() != null && !stored.get().equals(current.get()), stored, current);
    private boolean filling;

    protected AssetEditorModel() {
        watch(name);
    }

    public abstract AssetKind kind();

    /** Shows {@code asset} as stored: every field takes its value and nothing is unsaved. */
    public final void load(Asset asset) {
        filling = true;
        try {
            name.set(asset.name());
            fill(asset);
        } finally {
            filling = false;
        }
        stored.set(asset);
        changed();
    }

    /** Puts the stored values back. */
    public final void revert() {
        if (stored.get() != null) {
            load(stored.get());
        }
    }

    /** The asset as edited, with the stored id and status. */
    public final Asset build() {
        Asset base = stored.get();
        return build(base == null ? 0 : base.id(), base == null ? AssetStatus.DRAFT : base.status());
    }

    /** Problems in what was typed that no asset can hold (a date that is not a date); empty for most kinds. */
    public List<AssetProblem> inputProblems() {
        return List.of();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyObjectProperty<Asset> storedProperty() {
        return stored;
    }

    public ReadOnlyObjectProperty<Asset> currentProperty() {
        return current;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Notes about what is typed, one per line: unknown placeholders, a text message's length; "" when none. */
    public StringProperty notesProperty() {
        return notes;
    }

    protected abstract void fill(Asset asset);

    protected abstract Asset build(long id, AssetStatus status);

    /** The notes for {@link #notesProperty()} about {@code asset} as edited. */
    protected String notesFor(Asset asset) {
        return "";
    }

    /** The unknown-placeholder notes of one text, "Subject: {{x}} is not …", one per line. */
    protected final String placeholderNotes(String field, String text) {
        return String.join("\n", checks.placeholderProblems(text).stream().map(p -> field + ": " + p).toList());
    }

    /** Rebuilds the edited asset whenever one of {@code fields} changes. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(o -> changed());
        }
    }

    private void changed() {
        if (filling) {
            return;
        }
        Asset edited = build();
        current.set(edited);
        notes.set(notesFor(edited));
    }

    protected static String join(String... lines) {
        return String.join("\n", java.util.Arrays.stream(lines).filter(l -> !l.isEmpty()).toList());
    }
}
