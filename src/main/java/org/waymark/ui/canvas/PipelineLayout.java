package org.waymark.ui.canvas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.model.journey.TilePlace;
import org.waymark.model.tile.BranchingTile;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Lane;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.Tile;

/**
 * Lays a pipeline out left to right: the tiles of a sequence side by side, the lanes of a trigger or splitter
 * stacked under one another to its right (the first lane on the trigger's own row), each under its label, and
 * the segments of a segment group or the pages, forms and events of an email inside their container tile,
 * which grows to hold them. Pure arithmetic: no JavaFX.
 */
public final class PipelineLayout {

    public static final double TILE_WIDTH = 248;
    /** Height of a tile without nested tiles, and of the header of a container tile. */
    public static final double TILE_HEIGHT = 84;
    public static final double NESTED_HEIGHT = 50;
    static final double NESTED_GAP = 8;
    static final double NESTED_PADDING = 10;
    /** Between two tiles of a sequence. */
    static final double GAP = 44;
    /** Between a branching tile and its lanes: room for the connectors to bend. */
    static final double LANE_GAP = 64;
    /** Between the bottom of a lane and the label of the next one. */
    static final double LANE_SPACING = 18;
    static final double LABEL_HEIGHT = 26;
    static final double MARGIN = 24;
    static final double END_WIDTH = 52;
    static final double END_HEIGHT = 26;

    public PipelineDrawing layout(List<Tile> pipeline) {
        Run run = new Run(pipeline);
        Extent extent = run.sequence(pipeline, MARGIN, MARGIN + LABEL_HEIGHT);
        return new PipelineDrawing(run.tiles, run.connectors, run.labels, run.ends,
                extent.right() + MARGIN, extent.bottom() + MARGIN);
    }

    /** The right and bottom edges of what has been laid out. */
    private record Extent(double right, double bottom) {
        Extent union(Extent other) {
            return new Extent(Math.max(right, other.right), Math.max(bottom, other.bottom));
        }
    }

    /** One layout pass, collecting what it places. */
    private static final class Run {
        /** Each tile's place and its step number in reading order; by identity, as ids may repeat in a bad file. */
        private final Map<Tile, TilePlace> places = new IdentityHashMap<>();
        private final Map<Tile, Integer> steps = new IdentityHashMap<>();
        private final List<PlacedTile> tiles = new ArrayList<>();
        private final List<Connector> connectors = new ArrayList<>();
        private final List<LaneLabel> labels = new ArrayList<>();
        private final List<EndMarker> ends = new ArrayList<>();

        Run(List<Tile> pipeline) {
            List<TilePlace> all = PipelineWalker.places(pipeline);
            for (int i = 0; i < all.size(); i++) {
                places.put(all.get(i).tile(), all.get(i));
                steps.put(all.get(i).tile(), i + 1);
            }
        }

        /** Lays out a sequence whose tiles have their top at {@code top}; returns how far it reaches. */
        Extent sequence(List<? extends Tile> sequence, double left, double top) {
            double x = left;
            Extent extent = new Extent(left, top);
            Point previousExit = null;
            for (Tile tile : sequence) {
                Box box = tile(tile, x, top);
                Point entry = new Point(box.x(), top + TILE_HEIGHT / 2);
                if (previousExit != null) {
                    connectors.add(new Connector(List.of(previousExit, entry)));
                }
                previousExit = new Point(box.right(), entry.y());
                extent = extent.union(new Extent(box.right(), box.bottom()));
                if (tile instanceof BranchingTile branching) {
                    extent = extent.union(lanes(branching.lanes(), previousExit, box.right() + LANE_GAP, top));
                }
                x = extent.right() + GAP;
            }
            return extent;
        }

        private Box tile(Tile tile, double x, double top) {
            List<? extends Tile> nested = nested(tile);
            double height = TILE_HEIGHT;
            if (!nested.isEmpty()) {
                height += nested.size() * NESTED_HEIGHT + (nested.size() - 1) * NESTED_GAP + NESTED_PADDING;
            }
            Box box = new Box(x, top, TILE_WIDTH, height);
            add(tile, box, false);
            double y = top + TILE_HEIGHT;
            for (Tile child : nested) {
                add(child, new Box(x + NESTED_PADDING, y, TILE_WIDTH - 2 * NESTED_PADDING, NESTED_HEIGHT), true);
                y += NESTED_HEIGHT + NESTED_GAP;
            }
            return box;
        }

        private Extent lanes(List<Lane> lanes, Point from, double left, double top) {
            Extent extent = new Extent(left, top);
            double laneTop = top;
            for (int i = 0; i < lanes.size(); i++) {
                if (i > 0) {
                    laneTop = extent.bottom() + LANE_SPACING + LABEL_HEIGHT;
                }
                Lane lane = lanes.get(i);
                labels.add(new LaneLabel(lane.label(), new Box(left, laneTop - LABEL_HEIGHT, TILE_WIDTH, LABEL_HEIGHT)));
                Point entry = new Point(left, laneTop + TILE_HEIGHT / 2);
                connectors.add(new Connector(elbow(from, entry)));
                if (lane.tiles().isEmpty()) {
                    Box end = new Box(left, entry.y() - END_HEIGHT / 2, END_WIDTH, END_HEIGHT);
                    ends.add(new EndMarker(end));
                    extent = extent.union(new Extent(end.right(), end.bottom()));
                } else {
                    extent = extent.union(sequence(lane.tiles(), left, laneTop));
                }
            }
            return extent;
        }

        private static List<Point> elbow(Point from, Point to) {
            if (from.y() == to.y()) {
                return List.of(from, to);
            }
            double bend = from.x() + (to.x() - from.x()) / 2;
            return List.of(from, new Point(bend, from.y()), new Point(bend, to.y()), to);
        }

        private void add(Tile tile, Box box, boolean nested) {
            tiles.add(new PlacedTile(tile, places.get(tile).path(), steps.get(tile), box, nested));
        }

        private static List<? extends Tile> nested(Tile tile) {
            if (tile instanceof SegmentGroupTile group) {
                return group.segments();
            }
            if (tile instanceof EmailTile email) {
                return email.content();
            }
            return List.of();
        }
    }
}
