package org.waymark.model.journey;

import java.util.List;
import org.waymark.model.tile.Tile;

/**
 * Where a tile stands: its JSON path in a journey file, the sequence holding it and its index there, the
 * tile that owns that sequence (null at the top of the pipeline) and how many lanes or containers deep it is.
 */
public record TilePlace(Tile tile, String path, List<? extends Tile> sequence, int index, Tile owner, int depth) {

    public boolean isLastInSequence() {
        return index == sequence.size() - 1;
    }

    public boolean isNested() {
        return owner != null && !(owner instanceof org.waymark.model.tile.BranchingTile);
    }
}
