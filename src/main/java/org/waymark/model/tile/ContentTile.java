package org.waymark.model.tile;

/** A page, form or event nested in an email tile; {@link #asset()} names the store record it uses. */
public sealed interface ContentTile extends Tile permits MarketingPageTile, MarketingFormTile, EventTile {
    String asset();
}
