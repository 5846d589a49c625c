package org.waymark.ui.edit;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.waymark.model.tile.Tile;

/**
 * The tiles last copied or cut, as values, so that they can be pasted into any open journey (the paste gives
 * them fresh ids there). One per window, shared by every journey opened in it.
 */
public final class TileClipboard {

    private List<Tile> tiles = List.of();
    private final ReadOnlyBooleanWrapper filled = new ReadOnlyBooleanWrapper(false);

    public void put(List<Tile> copied) {
        tiles = List.copyOf(copied);
        filled.set(!tiles.isEmpty());
    }

    public List<Tile> tiles() {
        return tiles;
    }

    public ReadOnlyBooleanProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }
}
