package org.waymark.model.edit;

import java.util.List;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;

/** Deletes tiles with everything they hold; a trigger or splitter goes with its paths. */
public final class RemoveTiles extends JourneyEdit {

    private final List<String> tileIds;

    public RemoveTiles(JourneyDocument document, List<String> tileIds) {
        super(document, describe(document.journey(), tileIds));
        this.tileIds = List.copyOf(tileIds);
    }

    private static String describe(Journey journey, List<String> ids) {
        if (ids.size() == 1) {
            return PipelineTree.find(journey, ids.get(0)).map(t -> "Delete '" + t.displayName() + "'").orElse("Delete tile");
        }
        return "Delete " + ids.size() + " tiles";
    }

    /** True when deleting these tiles also deletes tiles on the paths of a trigger or splitter: worth asking. */
    public static boolean removesWholePaths(Journey journey, List<String> tileIds) {
        return tileIds.stream().map(id -> PipelineTree.find(journey, id)).flatMap(java.util.Optional::stream)
                .anyMatch(t -> t instanceof BranchingTile b && b.lanes().stream().anyMatch(l -> !l.tiles().isEmpty()));
    }

    @Override
    protected Journey apply(Journey journey) {
        Journey result = journey;
        for (String id : tileIds) {
            if (PipelineTree.find(result, id).isPresent()) {
                result = PipelineTree.remove(result, id);
            }
        }
        if (result == journey) {
            throw new EditRefusedException("Nothing to delete: the tiles are gone");
        }
        return result;
    }

    public List<String> tileIds() {
        return tileIds;
    }
}
