package org.waymark.ui.edit;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.edit.Command;
import org.waymark.model.edit.EditRefusedException;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.JourneyDocument;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.UndoManager;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;

/**
 * The editing state of the open journey, for the views: the journey as observable property, the selected
 * tiles, and every edit run through one {@link UndoManager}, with its revision, dirty flag and what undo and
 * redo would do. Views never change the journey except through {@link #execute(Command)}.
 */
public final class EditSession {

    private final JourneyDocument document;
    private final UndoManager undoManager = new UndoManager();
    private final InsertionRules rules = new InsertionRules();
    private final ReadOnlyObjectWrapper<Journey> journey;
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");

    public EditSession(Journey initial) {
        this.document = new JourneyDocument(initial);
        this.journey = new ReadOnlyObjectWrapper<>(initial);
        document.addListener(journey::set);
        undoManager.addListener(this::refresh);
        refresh();
    }

    /** Runs an edit; returns the reason when the journey's rules refuse it (nothing changes then). */
    public Optional<String> execute(Command command) {
        try {
            undoManager.execute(command);
            dropMissingFromSelection();
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void undo() {
        if (undoManager.canUndo()) {
            undoManager.undo();
            dropMissingFromSelection();
        }
    }

    public void redo() {
        if (undoManager.canRedo()) {
            undoManager.redo();
            dropMissingFromSelection();
        }
    }

    /** The user moved on from what they were typing: the next edit is a new undo step. */
    public void endTyping() {
        undoManager.closeMerging();
    }

    /** The current state is what was just saved. */
    public void markSaved() {
        undoManager.markSaved();
    }

    public JourneyDocument document() {
        return document;
    }

    public InsertionRules rules() {
        return rules;
    }

    public Journey journey() {
        return journey.get();
    }

    public ReadOnlyObjectProperty<Journey> journeyProperty() {
        return journey.getReadOnlyProperty();
    }

    /** Ids of the selected tiles, in the order they were selected. */
    public ObservableList<String> selection() {
        return selection;
    }

    /** The one selected tile, when exactly one is selected. */
    public Optional<Tile> selectedTile() {
        return selection.size() == 1 ? PipelineTree.find(journey(), selection.get(0)) : Optional.empty();
    }

    public void select(List<String> tileIds) {
        selection.setAll(tileIds);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "Undo Insert email", or empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return undoManager.canUndo();
    }

    public boolean canRedo() {
        return undoManager.canRedo();
    }

    private void dropMissingFromSelection() {
        selection.removeIf(id -> PipelineTree.find(journey(), id).isEmpty());
    }

    private void refresh() {
        revision.set(undoManager.revision());
        dirty.set(undoManager.isDirty());
        undoText.set(undoManager.undoDescription().map(d -> "Undo " + d).orElse(""));
        redoText.set(undoManager.redoDescription().map(d -> "Redo " + d).orElse(""));
    }
}
