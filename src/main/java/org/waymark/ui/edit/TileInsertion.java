package org.waymark.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.waymark.model.edit.InsertTiles;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.MoveTile;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.ReadyTile;
import org.waymark.model.edit.TileFactory;
import org.waymark.model.tile.Tile;
import org.waymark.model.tile.TileType;

/**
 * Puts tiles in the open journey, whether the mouse dropped them or the keyboard asked: a new tile from the
 * toolbox or the Add tile list (perhaps with its record chosen) at a place or after the selection, an existing
 * tile moved. Each is one command through the session;
 * what happened, or why the rules refused it, goes to the status line, and the refusal is also returned.
 */
public final class TileInsertion {

    static final String NO_JOURNEY = "Open a journey first";

    private final ObservableValue<EditSession> sessions;
    private final TileFactory factory;
    private final TilePlacement placement;
    private final Consumer<String> status;
    private final List<Consumer<Tile>> insertionListeners = new java.util.ArrayList<>();

    public TileInsertion(ObservableValue<EditSession> sessions, TileFactory factory, TilePlacement placement,
                         Consumer<String> status) {
        this.sessions = sessions;
        this.factory = factory;
        this.placement = placement;
        this.status = status;
    }

    /** {@code listener} hears of each new tile once it is in the journey and selected (to show its properties). */
    public void addInsertionListener(Consumer<Tile> listener) {
        insertionListeners.add(listener);
    }

    /** Inserts a new tile of {@code type} at {@code at} and selects it. */
    public Optional<String> insertNew(TileType type, InsertionPoint at) {
        return insertNew(ReadyTile.of(type), at);
    }

    /** Inserts a new tile as {@code ready} offers it (its record chosen) at {@code at}, and selects it. */
    public Optional<String> insertNew(ReadyTile ready, InsertionPoint at) {
        EditSession session = sessions.getValue();
        if (session == null) {
            return refused(NO_JOURNEY);
        }
        Tile tile = factory.createAt(ready, session.journey(), at);
        Optional<String> refusal = session.execute(InsertTiles.one(session.document(), session.rules(), tile, at));
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        session.select(List.of(tile.id()));
        String type = ready.type().label().toLowerCase(Locale.ROOT);
        status.accept("Inserted " + type + (ready.hasAsset() ? " '" + ready.asset() + "'" : ""));
        insertionListeners.forEach(listener -> listener.accept(tile));
        return Optional.empty();
    }

    /** Inserts a new tile of {@code type} at the first place allowed after the selection (Enter, double click). */
    public Optional<String> insertAfterSelection(TileType type) {
        EditSession session = sessions.getValue();
        if (session == null) {
            return refused(NO_JOURNEY);
        }
        Optional<InsertionPoint> at = placement.after(session.journey(), session.selection(), type);
        if (at.isEmpty()) {
            return refused(placement.refusal(session.journey(), session.selection(), type));
        }
        return insertNew(type, at.get());
    }

    /** Moves an existing tile, with what it holds and its paths, to {@code to}; it stays selected. */
    public Optional<String> move(String tileId, InsertionPoint to) {
        EditSession session = sessions.getValue();
        if (session == null) {
            return refused(NO_JOURNEY);
        }
        String name = PipelineTree.find(session.journey(), tileId).map(Tile::displayName).orElse("the tile");
        Optional<String> refusal = session.execute(new MoveTile(session.document(), session.rules(), tileId, to));
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        session.select(List.of(tileId));
        status.accept("Moved '" + name + "'");
        return Optional.empty();
    }

    private Optional<String> refused(String reason) {
        status.accept(reason);
        return Optional.of(reason);
    }
}
