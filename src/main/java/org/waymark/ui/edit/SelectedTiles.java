package org.waymark.ui.edit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.Tile;

/** Questions about a selection of tiles: which are outermost, how many tiles go with them, how to name them. */
public final class SelectedTiles {

    private SelectedTiles() {
    }

    /** The selected tiles in reading order, without those lying inside another selected tile. */
    public static List<Tile> outermost(Journey journey, Collection<String> selection) {
        Set<String> ids = Set.copyOf(selection);
        return PipelineWalker.places(journey.pipeline()).stream()
                .filter(p -> ids.contains(p.tile().id()))
                .filter(p -> !hasSelectedAncestor(journey, p, ids))
                .map(TilePlace::tile).toList();
    }

    /** How many tiles these are, with everything they hold and everything on their paths. */
    public static int countWithContents(List<Tile> tiles) {
        return PipelineWalker.count(List.copyOf(tiles));
    }

    /** "'Reminder'" for one tile, "3 tiles" for more. */
    public static String describe(List<Tile> tiles) {
        return tiles.size() == 1 ? "'" + tiles.get(0).displayName() + "'" : tiles.size() + " tiles";
    }

    private static boolean hasSelectedAncestor(Journey journey, TilePlace place, Set<String> ids) {
        return ids.stream().anyMatch(other -> !other.equals(place.tile().id())
                && org.waymark.model.edit.PipelineTree.isWithin(journey, place.tile().id(), other));
    }
}
