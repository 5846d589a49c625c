package org.waymark.model.tile;

/** A marketing form linked from the email that holds this tile. */
public record MarketingFormTile(String id, String name, String asset) implements ContentTile {

    @Override
    public TileType type() {
        return TileType.MARKETING_FORM;
    }
}
