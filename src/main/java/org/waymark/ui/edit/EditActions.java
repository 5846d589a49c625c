package org.waymark.ui.edit;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.waymark.model.edit.RemoveTiles;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.Tile;

/**
 * The Edit menu and the canvas's context menu as commands on the open journey: undo and redo with what they
 * would take back, the clipboard edits, Delete (asking first when whole paths go) and Select all, and whether
 * each can run now. Follows whichever journey is open; everything is disabled while none is.
 */
public final class EditActions {

    private final ObservableValue<EditSession> sessions;
    private final ClipboardEdits clipboardEdits;
    private final TileClipboard clipboard;
    private final DeleteQuestion question;
    private final Consumer<String> status;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasJourney = new ReadOnlyBooleanWrapper();
    private final InvalidationListener refresh = obs -> refresh();

    public EditActions(ObservableValue<EditSession> sessions, ClipboardEdits clipboardEdits, TileClipboard clipboard,
                       DeleteQuestion question, Consumer<String> status) {
        this.sessions = sessions;
        this.clipboardEdits = clipboardEdits;
        this.clipboard = clipboard;
        this.question = question;
        this.status = status;
        sessions.addListener((obs, old, session) -> {
            if (old != null) {
                old.revisionProperty().removeListener(refresh);
                old.undoTextProperty().removeListener(refresh);
                old.redoTextProperty().removeListener(refresh);
                old.selection().removeListener(refresh);
            }
            follow(session);
        });
        clipboard.filledProperty().addListener(refresh);
        follow(sessions.getValue());
    }

    private void follow(EditSession session) {
        if (session != null) {
            session.revisionProperty().addListener(refresh);
            session.undoTextProperty().addListener(refresh);
            session.redoTextProperty().addListener(refresh);
            session.selection().addListener(refresh);
        }
        refresh();
    }

    public void undo() {
        EditSession session = sessions.getValue();
        if (session != null && session.canUndo()) {
            String what = session.undoTextProperty().get();
            session.undo();
            status.accept(what.replaceFirst("^Undo ", "Undone: "));
        }
    }

    public void redo() {
        EditSession session = sessions.getValue();
        if (session != null && session.canRedo()) {
            String what = session.redoTextProperty().get();
            session.redo();
            status.accept(what.replaceFirst("^Redo ", "Redone: "));
        }
    }

    public void cut() {
        clipboardEdits.cut();
    }

    public void copy() {
        clipboardEdits.copy();
    }

    public void paste() {
        clipboardEdits.paste();
    }

    public void duplicate() {
        clipboardEdits.duplicate();
    }

    /** Deletes the selected tiles; asks first when a trigger or splitter would take the tiles on its paths along. */
    public void delete() {
        EditSession session = sessions.getValue();
        if (session == null || session.selection().isEmpty()) {
            return;
        }
        List<Tile> tiles = SelectedTiles.outermost(session.journey(), session.selection());
        List<String> ids = tiles.stream().map(Tile::id).toList();
        if (RemoveTiles.removesWholePaths(session.journey(), ids)) {
            String[] words = deleteQuestion(tiles);
            if (!question.confirm(words[0], words[1])) {
                return;
            }
        }
        session.execute(new RemoveTiles(session.document(), ids)).ifPresentOrElse(status,
                () -> status.accept("Deleted " + SelectedTiles.describe(tiles)));
    }

    /** The heading and detail of the question Delete asks: how many tiles go in all, and why. */
    static String[] deleteQuestion(List<Tile> tiles) {
        int total = SelectedTiles.countWithContents(tiles);
        int along = total - tiles.size();
        String alongText = along == 1 ? "the tile" : "the " + along + " tiles";
        String detail = tiles.size() == 1
                ? "'" + tiles.get(0).displayName() + "' goes together with " + alongText + " on its paths."
                : "The " + tiles.size() + " selected tiles go together with " + alongText + " on their paths and inside them.";
        return new String[] {"Delete " + total + " tiles?", detail + " Undo brings them back."};
    }

    public void selectAll() {
        EditSession session = sessions.getValue();
        if (session != null) {
            session.select(PipelineWalker.places(session.journey().pipeline()).stream()
                    .map(TilePlace::tile).map(Tile::id).toList());
        }
    }

    /** "Undo Insert email", or just "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasJourneyProperty() {
        return hasJourney.getReadOnlyProperty();
    }

    private void refresh() {
        EditSession session = sessions.getValue();
        hasJourney.set(session != null);
        canUndo.set(session != null && session.canUndo());
        canRedo.set(session != null && session.canRedo());
        undoText.set(canUndo.get() ? session.undoTextProperty().get() : "Undo");
        redoText.set(canRedo.get() ? session.redoTextProperty().get() : "Redo");
        hasSelection.set(session != null && !session.selection().isEmpty());
        canPaste.set(session != null && clipboard.filledProperty().get());
    }
}
