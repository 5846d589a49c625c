package org.waymark.model.tile;

/** Sends the push notification named by {@code notification}. */
public record PushNotificationTile(String id, String name, String notification) implements Tile {

    @Override
    public TileType type() {
        return TileType.PUSH_NOTIFICATION;
    }
}
