package org.waymark.model.tile;

/** Sends the text message named by {@code message}. */
public record SmsTile(String id, String name, String message) implements Tile {

    @Override
    public TileType type() {
        return TileType.SMS;
    }
}
