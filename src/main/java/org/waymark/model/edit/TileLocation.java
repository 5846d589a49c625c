package org.waymark.model.edit;

import org.waymark.model.tile.Tile;

/** Where a tile currently is: its sequence and index there. */
public record TileLocation(Tile tile, SequenceRef sequence, int index) {

    public InsertionPoint point() {
        return new InsertionPoint(sequence, index);
    }
}
