package org.waymark.model.tile;

/** An event the email that holds this tile invites to. */
public record EventTile(String id, String name, String asset) implements ContentTile {

    @Override
    public TileType type() {
        return TileType.EVENT;
    }
}
