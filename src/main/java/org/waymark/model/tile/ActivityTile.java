package org.waymark.model.tile;

/**
 * Creates a task, phone call or appointment; {@code owner} is who gets it (a user name, or empty for the
 * journey's owner).
 */
public record ActivityTile(String id, String name, ActivityKind kind, String subject, String owner, ActionTarget per)
        implements Tile {

    @Override
    public TileType type() {
        return TileType.ACTIVITY;
    }
}
