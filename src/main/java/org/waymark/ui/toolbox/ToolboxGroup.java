package org.waymark.ui.toolbox;

import java.util.List;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TileType;

/** One category of the toolbox with the tile types it shows. */
public record ToolboxGroup(TileCategory category, List<TileType> types) {

    public ToolboxGroup {
        types = List.copyOf(types);
    }
}
