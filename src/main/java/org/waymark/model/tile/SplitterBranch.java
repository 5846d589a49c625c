package org.waymark.model.tile;

import java.util.List;

/**
 * A branch of a splitter. For a percentage splitter {@code percent} is its share (null on the last branch,
 * which takes the remainder); for a value splitter {@code rule} selects its contacts (null on the last).
 */
public record SplitterBranch(String id, String name, Integer percent, ValueRule rule, List<Tile> tiles) {

    public SplitterBranch {
        tiles = List.copyOf(tiles);
    }

    public SplitterBranch withTiles(List<Tile> newTiles) {
        return new SplitterBranch(id, name, percent, rule, newTiles);
    }
}
