package org.waymark.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.waymark.model.edit.InsertTiles;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.Relabeled;
import org.waymark.model.edit.RemoveTiles;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileCopier;
import org.waymark.model.edit.TileIds;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;

/**
 * Copy, Cut, Paste and Duplicate on the selected tiles of the open journey. Copies keep everything a tile
 * holds and get fresh ids when they are placed; each edit is one command, so one undo step.
 */
public final class ClipboardEdits {

    private final ObservableValue<EditSession> sessions;
    private final TileClipboard clipboard;
    private final TilePlacement placement;
    private final Consumer<String> status;

    public ClipboardEdits(ObservableValue<EditSession> sessions, TileClipboard clipboard, TilePlacement placement,
                          Consumer<String> status) {
        this.sessions = sessions;
        this.clipboard = clipboard;
        this.placement = placement;
        this.status = status;
    }

    public void copy() {
        EditSession session = sessions.getValue();
        if (session == null || session.selection().isEmpty()) {
            return;
        }
        List<Tile> tiles = SelectedTiles.outermost(session.journey(), session.selection());
        clipboard.put(tiles);
        status.accept("Copied " + SelectedTiles.describe(tiles));
    }

    public void cut() {
        EditSession session = sessions.getValue();
        if (session == null || session.selection().isEmpty()) {
            return;
        }
        List<Tile> tiles = SelectedTiles.outermost(session.journey(), session.selection());
        String what = SelectedTiles.describe(tiles);
        Optional<String> refusal = session.execute(new Relabeled(
                new RemoveTiles(session.document(), tiles.stream().map(Tile::id).toList()), "Cut " + what));
        if (refusal.isPresent()) {
            status.accept(refusal.get());
            return;
        }
        clipboard.put(tiles);
        status.accept("Cut " + what);
    }

    /** Pastes copies of the clipboard's tiles after the selected tile, or at the end of the pipeline. */
    public Optional<String> paste() {
        EditSession session = sessions.getValue();
        if (session == null || clipboard.tiles().isEmpty()) {
            return Optional.empty();
        }
        Journey journey = session.journey();
        List<Tile> copies = new TileCopier(new TileIds(journey)).copy(clipboard.tiles());
        InsertionPoint at = placement.after(journey, session.selection(), copies.get(0).type())
                .orElse(new InsertionPoint(SequenceRef.pipeline(), journey.pipeline().size()));
        return place(session, copies, at, "Paste");
    }

    /**
     * Places copies of the selected tiles right after the (last) original; where nothing may follow it (a
     * trigger or splitter), at the first place allowed after it, such as the head of its first path.
     */
    public Optional<String> duplicate() {
        EditSession session = sessions.getValue();
        if (session == null || session.selection().isEmpty()) {
            return Optional.empty();
        }
        Journey journey = session.journey();
        List<Tile> originals = SelectedTiles.outermost(journey, session.selection());
        Tile lastOriginal = originals.get(originals.size() - 1);
        TileLocation last = PipelineTree.locate(journey, lastOriginal.id()).orElseThrow();
        InsertionPoint rightAfter = new InsertionPoint(last.sequence(), last.index() + 1);
        InsertionPoint at = session.rules().refusal(journey, lastOriginal.type(), rightAfter).isEmpty() ? rightAfter
                : placement.after(journey, List.of(lastOriginal.id()), lastOriginal.type()).orElse(rightAfter);
        List<Tile> copies = new TileCopier(new TileIds(journey)).copy(originals);
        return place(session, copies, at, "Duplicate");
    }

    private Optional<String> place(EditSession session, List<Tile> copies, InsertionPoint at, String verb) {
        Optional<String> refusal = session.execute(
                new InsertTiles(session.document(), session.rules(), copies, at, verb));
        if (refusal.isPresent()) {
            status.accept(refusal.get());
            return refusal;
        }
        session.select(copies.stream().map(Tile::id).toList());
        status.accept((verb.equals("Paste") ? "Pasted " : "Duplicated ") + SelectedTiles.describe(copies));
        return Optional.empty();
    }
}
