package org.waymark.ui.canvas;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TileType;

/**
 * Finds where a dragged tile would land: the valid anchor nearest the pointer when one is within
 * {@link #CATCH_DISTANCE}, otherwise the reason the nearest place refuses it. Pure: the valid places and the
 * refusals come from {@code InsertionRules}.
 */
public final class DropTargeting {

    /** How near (in canvas pixels) the pointer must be to a valid place for it to catch the drop. */
    public static final double CATCH_DISTANCE = 64;

    private final List<InsertionAnchor> anchors;
    private final List<InsertionAnchor> valid;
    private final Function<InsertionPoint, Optional<String>> refusal;

    /**
     * @param anchors every anchor of the drawing
     * @param validPoints the places the dragged tile may go
     * @param refusal why a place refuses the tile (empty when it does not, e.g. the tile's own place)
     */
    public DropTargeting(List<InsertionAnchor> anchors, List<InsertionPoint> validPoints,
                         Function<InsertionPoint, Optional<String>> refusal) {
        Set<InsertionPoint> ok = Set.copyOf(validPoints);
        this.anchors = List.copyOf(anchors);
        this.valid = anchors.stream().filter(a -> ok.contains(a.point())).collect(Collectors.toUnmodifiableList());
        this.refusal = refusal;
    }

    /** Where a new tile of {@code type} may be dropped, and why elsewhere not. */
    public static DropTargeting forNewTile(PipelineDrawing drawing, InsertionRules rules, Journey journey,
                                           TileType type) {
        return new DropTargeting(drawing.anchors(), rules.points(journey, type), p -> rules.refusal(journey, type, p));
    }

    /**
     * Where the existing tile {@code tileId} may be dragged. The places inside it travel with it, so aiming at
     * them is aiming at its own place: they are left out.
     */
    public static DropTargeting forMove(PipelineDrawing drawing, InsertionRules rules, Journey journey, String tileId) {
        List<InsertionAnchor> outside = drawing.anchors().stream()
                .filter(a -> a.point().sequence().ownerId() == null
                        || !PipelineTree.isWithin(journey, a.point().sequence().ownerId(), tileId))
                .toList();
        return new DropTargeting(outside, rules.movePoints(journey, tileId), p -> rules.refusalToMove(journey, tileId, p));
    }

    /** The anchors to show as drop places, in reading order. */
    public List<InsertionAnchor> valid() {
        return valid;
    }

    public DropHover at(Point pointer) {
        Optional<InsertionAnchor> nearValid = nearest(valid, pointer)
                .filter(a -> a.distanceTo(pointer) <= CATCH_DISTANCE);
        if (nearValid.isPresent()) {
            return DropHover.at(nearValid.get());
        }
        return nearest(anchors, pointer)
                .flatMap(a -> valid.contains(a) ? Optional.<String>empty() : refusal.apply(a.point()))
                .map(DropHover::refused)
                .orElse(DropHover.NOTHING);
    }

    private static Optional<InsertionAnchor> nearest(List<InsertionAnchor> among, Point pointer) {
        return among.stream().min(Comparator.comparingDouble(a -> a.distanceTo(pointer)));
    }
}
