package org.waymark.ui.canvas;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.InsertionRules;
import org.waymark.model.edit.PipelineTree;
import org.waymark.model.edit.SequenceRef;
import org.waymark.model.edit.TileLocation;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.Lane;
import org.waymark.model.tile.Tile;

/**
 * Where the keyboard goes from a tile on the canvas: along its path (Right, Left; Right from a trigger or splitter
 * into its first path, Left from the head of a path back to it), across parallel lanes (Down, Up: the nearest tile
 * of the row below or above) and between the tiles nested in a container, into a container (Enter) and out of it
 * (Esc), to the journey's first and last tile (Home, End), and the next or previous place the tile may move to
 * (Alt+Right, Alt+Left). Works on the journey and its drawing; no JavaFX.
 */
public final class CanvasNavigator {

    private final Journey journey;
    private final PipelineDrawing drawing;

    public CanvasNavigator(Journey journey, PipelineDrawing drawing) {
        this.journey = journey;
        this.drawing = drawing;
    }

    public Optional<String> right(String tileId) {
        Optional<TileLocation> at = PipelineTree.locate(journey, tileId);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        if (at.get().tile() instanceof BranchingTile branching) {
            return branching.lanes().stream().map(Lane::tiles).filter(tiles -> !tiles.isEmpty())
                    .map(tiles -> tiles.get(0).id()).findFirst();
        }
        return sibling(at.get(), 1);
    }

    public Optional<String> left(String tileId) {
        Optional<TileLocation> at = PipelineTree.locate(journey, tileId);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        if (at.get().index() == 0 && at.get().sequence().kind() == SequenceRef.Kind.LANE) {
            return Optional.of(at.get().sequence().ownerId());
        }
        return sibling(at.get(), -1);
    }

    /** The nested tile below, or the nearest tile of the nearest row below. */
    public Optional<String> down(String tileId) {
        return across(tileId, 1);
    }

    public Optional<String> up(String tileId) {
        return across(tileId, -1);
    }

    /** The first tile nested in a segment group or email. */
    public Optional<String> into(String tileId) {
        return PipelineTree.find(journey, tileId).flatMap(tile -> PipelineTree.children(tile).stream()
                .filter(SequenceRef::isNested).map(ref -> PipelineTree.sequence(journey, ref))
                .filter(tiles -> !tiles.isEmpty()).map(tiles -> tiles.get(0).id()).findFirst());
    }

    /** The container of a nested tile. */
    public Optional<String> out(String tileId) {
        return PipelineTree.locate(journey, tileId).filter(at -> at.sequence().isNested())
                .map(at -> at.sequence().ownerId());
    }

    public Optional<String> first() {
        return drawing.tiles().stream().findFirst().map(t -> t.tile().id());
    }

    public Optional<String> last() {
        return drawing.tiles().isEmpty() ? Optional.empty()
                : Optional.of(drawing.tiles().get(drawing.tiles().size() - 1).tile().id());
    }

    /**
     * The nearest place after ({@code forward}) or before the tile's own, in reading order, that the tile may move
     * to; the index counts positions before the move, as {@code MoveTile} wants.
     */
    public Optional<InsertionPoint> movePoint(InsertionRules rules, String tileId, boolean forward) {
        Optional<TileLocation> at = PipelineTree.locate(journey, tileId);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        List<InsertionPoint> all = rules.allPoints(journey);
        List<InsertionPoint> allowed = rules.movePoints(journey, tileId);
        int before = all.indexOf(at.get().point());
        int after = all.indexOf(new InsertionPoint(at.get().sequence(), at.get().index() + 1));
        if (forward) {
            return allowed.stream().filter(p -> all.indexOf(p) > after).findFirst();
        }
        return allowed.stream().filter(p -> all.indexOf(p) < before).reduce((a, b) -> b);
    }

    private Optional<String> sibling(TileLocation at, int step) {
        List<? extends Tile> tiles = PipelineTree.sequence(journey, at.sequence());
        int index = at.index() + step;
        return index >= 0 && index < tiles.size() ? Optional.of(tiles.get(index).id()) : Optional.empty();
    }

    private Optional<String> across(String tileId, int direction) {
        Optional<TileLocation> at = PipelineTree.locate(journey, tileId);
        Optional<PlacedTile> placed = drawing.tile(tileId);
        if (at.isEmpty() || placed.isEmpty()) {
            return Optional.empty();
        }
        if (at.get().sequence().isNested()) {
            return sibling(at.get(), direction);
        }
        Box from = placed.get().box();
        double centerX = from.x() + from.width() / 2;
        return drawing.tiles().stream().filter(t -> !t.nested())
                .filter(t -> direction > 0 ? t.box().y() > from.y() : t.box().y() < from.y())
                .min(Comparator.<PlacedTile>comparingDouble(t -> Math.abs(t.box().y() - from.y()))
                        .thenComparingDouble(t -> Math.abs(t.box().x() + t.box().width() / 2 - centerX)))
                .map(t -> t.tile().id());
    }
}
