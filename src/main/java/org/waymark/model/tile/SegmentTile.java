package org.waymark.model.tile;

/**
 * A segment or subscription list inside a segment group. {@code segment} names the segment or list in the
 * store, or is empty while the tile is not configured yet.
 */
public record SegmentTile(String id, String name, SegmentSource source, String segment, Membership membership)
        implements Tile {

    @Override
    public TileType type() {
        return TileType.SEGMENT;
    }

    public boolean isConfigured() {
        return segment != null && !segment.isBlank();
    }
}
