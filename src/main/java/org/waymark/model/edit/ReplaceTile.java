package org.waymark.model.edit;

import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;

/**
 * Replaces a tile by an edited copy (same id): a property change. Changes to the same field of the same tile
 * in a row, such as typing a subject, are one undo step.
 */
public final class ReplaceTile extends JourneyEdit {

    private final Tile edited;
    private final String field;

    public ReplaceTile(JourneyDocument document, Tile edited, String field) {
        super(document, "Change " + field + " of '" + PipelineTree.find(document.journey(), edited.id())
                .map(Tile::displayName).orElse(edited.displayName()) + "'");
        this.edited = edited;
        this.field = field;
    }

    @Override
    protected Journey apply(Journey journey) {
        Tile current = PipelineTree.find(journey, edited.id())
                .orElseThrow(() -> new EditRefusedException("The tile is no longer in the journey"));
        if (current.type() != edited.type()) {
            throw new EditRefusedException("A tile cannot change its type");
        }
        return PipelineTree.replace(journey, edited);
    }

    @Override
    protected String mergeKey() {
        return "tile:" + edited.id() + ":" + field;
    }
}
