package org.waymark.model.tile;

/** Creates a lead on {@code topic} for each contact, or one per account. */
public record CreateLeadTile(String id, String name, String topic, ActionTarget per) implements Tile {

    @Override
    public TileType type() {
        return TileType.CREATE_LEAD;
    }
}
