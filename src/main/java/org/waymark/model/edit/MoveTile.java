package org.waymark.model.edit;

import org.waymark.model.journey.Journey;

/** Moves a tile, with everything it holds and its paths, to another place. */
public final class MoveTile extends JourneyEdit {

    private final InsertionRules rules;
    private final String tileId;
    private final InsertionPoint to;

    public MoveTile(JourneyDocument document, InsertionRules rules, String tileId, InsertionPoint to) {
        super(document, PipelineTree.find(document.journey(), tileId).map(t -> "Move '" + t.displayName() + "'")
                .orElse("Move tile"));
        this.rules = rules;
        this.tileId = tileId;
        this.to = to;
    }

    @Override
    protected Journey apply(Journey journey) {
        rules.refusalToMove(journey, tileId, to).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        return PipelineTree.move(journey, tileId, to);
    }
}
