package org.waymark.model.tile;

import java.util.List;

/** Sends the marketing email named by {@code email}; may hold the pages, forms and events it links to. */
public record EmailTile(String id, String name, String email, List<ContentTile> content) implements Tile {

    public EmailTile {
        content = List.copyOf(content);
    }

    @Override
    public TileType type() {
        return TileType.EMAIL;
    }

    public EmailTile withContent(List<ContentTile> newContent) {
        return new EmailTile(id, name, email, newContent);
    }
}
