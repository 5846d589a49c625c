package org.waymark.model.tile;

/** Inbound start: each contact who submits the named marketing form enters the journey. */
public record FormSubmittedStartTile(String id, String name, String form) implements Tile {

    @Override
    public TileType type() {
        return TileType.FORM_SUBMITTED;
    }
}
