package org.waymark.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;

/**
 * Where an existing tile may be dragged: the places {@link InsertionRules#movePoints} allows, except that a
 * trigger or splitter, which nothing may follow, only moves to the end of a path. (A moved tile does not take
 * the tiles after its new place onto its first path, as an inserted one does.)
 */
public final class TileMoves {

    private final InsertionRules rules;

    public TileMoves(InsertionRules rules) {
        this.rules = rules;
    }

    public List<InsertionPoint> points(Journey journey, String tileId) {
        return rules.movePoints(journey, tileId).stream().filter(p -> endRefusal(journey, tileId, p).isEmpty()).toList();
    }

    /** Why the tile may not move to {@code at}; empty when it may, or when {@code at} is where it already is. */
    public Optional<String> refusal(Journey journey, String tileId, InsertionPoint at) {
        Optional<String> refusal = rules.refusalToMove(journey, tileId, at);
        return refusal.isPresent() ? refusal : endRefusal(journey, tileId, at);
    }

    private static Optional<String> endRefusal(Journey journey, String tileId, InsertionPoint at) {
        Optional<TileLocation> from = PipelineTree.locate(journey, tileId);
        if (from.isEmpty() || !(from.get().tile() instanceof BranchingTile)) {
            return Optional.empty();
        }
        int size = PipelineTree.sequence(journey, at.sequence()).size();
        boolean sameSequence = from.get().sequence().equals(at.sequence());
        int sizeWithout = sameSequence ? size - 1 : size;
        int index = sameSequence && from.get().index() < at.index() ? at.index() - 1 : at.index();
        if (index >= sizeWithout) {
            return Optional.empty();
        }
        String label = from.get().tile().type().label().toLowerCase(Locale.ROOT);
        return Optional.of("A " + label + " can only move to the end of a path: nothing may follow it");
    }
}
