package org.waymark.model.tile;

/** A marketing page linked from the email that holds this tile. */
public record MarketingPageTile(String id, String name, String asset) implements ContentTile {

    @Override
    public TileType type() {
        return TileType.MARKETING_PAGE;
    }
}
