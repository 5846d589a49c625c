package org.waymark.model.tile;

import java.util.List;

/** The usual first tile: the contacts of its segment tiles, combined by union or intersection. */
public record SegmentGroupTile(String id, String name, SegmentCombination combination, List<SegmentTile> segments)
        implements Tile {

    public SegmentGroupTile {
        segments = List.copyOf(segments);
    }

    @Override
    public TileType type() {
        return TileType.SEGMENT_GROUP;
    }

    public SegmentGroupTile withSegments(List<SegmentTile> newSegments) {
        return new SegmentGroupTile(id, name, combination, newSegments);
    }
}
