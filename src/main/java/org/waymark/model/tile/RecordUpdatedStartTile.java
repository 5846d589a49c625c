package org.waymark.model.tile;

/** Inbound start: a contact enters when a record of {@code record} kind changes ({@code field}, or any field). */
public record RecordUpdatedStartTile(String id, String name, RecordKind record, String field) implements Tile {

    @Override
    public TileType type() {
        return TileType.RECORD_UPDATED;
    }
}
