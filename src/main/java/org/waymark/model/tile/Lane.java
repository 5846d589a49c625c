package org.waymark.model.tile;

import java.util.List;

/** One outgoing path of a branching tile: its key in the file ("true", a branch id), a label and its tiles. */
public record Lane(String key, String label, List<Tile> tiles) {

    public Lane {
        tiles = List.copyOf(tiles);
    }
}
