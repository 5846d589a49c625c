package org.waymark.ui.canvas;

import org.waymark.model.tile.Tile;

/**
 * A tile where the canvas draws it. {@code path} is its JSON path in the journey file, {@code step} its
 * position in reading order (1 for the first tile) and {@code nested} tells a page, form, event or segment
 * drawn inside its container tile.
 */
public record PlacedTile(Tile tile, String path, int step, Box box, boolean nested) {
}
