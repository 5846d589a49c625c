package org.waymark.ui.canvas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.model.edit.InsertionPoint;
import org.waymark.model.edit.SequenceRef;
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
 * which grows to hold them. Every place a tile can be inserted gets an anchor: an upright bar in the gap before,
 * between and after the tiles of a path (at the head of an empty lane too), a lying bar between the tiles nested
 * in a container. Pure arithmetic: no JavaFX.
 */
public final class PipelineLayout {

    public static final double TILE_WIDTH = 248;
    /** Height of a tile without nested tiles, and of the header of a container tile. */
    public static final double TILE_HEIGHT = 84;
    public static final double NESTED_HEIGHT = 62;
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
    /** Thickness of an insertion bar, and how far the first bar of a path stands before its first tile. */
    static final double BAR = 6;
    static final double FIRST_BAR_OFFSET = 12;
    static final double BAR_INSET = 10;

    public PipelineDrawing layout(List<Tile> pipeline) {
        return layout(pipeline, (tile, nested) -> 0);
    }

    /**
     * Lays out {@code pipeline} with a band of {@code band} extra pixels under each tile's header (the rows of its
     * simulation counts; 0 for none).
     */
    public PipelineDrawing layout(List<Tile> pipeline, Band band) {
        Run run = new Run(pipeline, band);
        Extent extent = run.sequence(pipeline, SequenceRef.pipeline(), MARGIN, MARGIN + LABEL_HEIGHT);
        List<InsertionAnchor> anchors = run.anchors.stream().flatMap(List::stream).toList();
        double right = anchors.stream().mapToDouble(a -> a.box().right()).reduce(extent.right(), Math::max);
        double bottom = anchors.stream().mapToDouble(a -> a.box().bottom()).reduce(extent.bottom(), Math::max);
        return new PipelineDrawing(run.tiles, run.connectors, run.labels, run.ends, anchors,
                right + MARGIN, bottom + MARGIN);
    }

    /** The height of the band under a tile's header; {@code nested} for a tile inside another. */
    public interface Band {
        double height(Tile tile, boolean nested);
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
        /** The anchors of each sequence; a sequence's list is added before those of the sequences nested in it. */
        private final List<List<InsertionAnchor>> anchors = new ArrayList<>();

        private final Band band;

        Run(List<Tile> pipeline, Band band) {
            this.band = band;
            List<TilePlace> all = PipelineWalker.places(pipeline);
            for (int i = 0; i < all.size(); i++) {
                places.put(all.get(i).tile(), all.get(i));
                steps.put(all.get(i).tile(), i + 1);
            }
        }

        /** Lays out a sequence whose tiles have their top at {@code top}; returns how far it reaches. */
        Extent sequence(List<? extends Tile> sequence, SequenceRef ref, double left, double top) {
            List<InsertionAnchor> own = anchorsOf();
            own.add(upright(ref, 0, left - FIRST_BAR_OFFSET, top));
            double x = left;
            Extent extent = new Extent(left, top);
            Point previousExit = null;
            for (int i = 0; i < sequence.size(); i++) {
                Tile tile = sequence.get(i);
                if (i > 0) {
                    own.add(upright(ref, i, x - GAP / 2, top));
                }
                Box box = tile(tile, x, top);
                if (i == sequence.size() - 1) {
                    own.add(upright(ref, i + 1, box.right() + GAP / 2, top));
                }
                Point entry = new Point(box.x(), top + TILE_HEIGHT / 2);
                if (previousExit != null) {
                    connectors.add(new Connector(List.of(previousExit, entry)));
                }
                previousExit = new Point(box.right(), entry.y());
                extent = extent.union(new Extent(box.right(), box.bottom()));
                if (tile instanceof BranchingTile branching) {
                    extent = extent.union(lanes(tile.id(), branching.lanes(), previousExit, box.right() + LANE_GAP, top));
                }
                x = extent.right() + GAP;
            }
            return extent;
        }

        private Box tile(Tile tile, double x, double top) {
            List<? extends Tile> nested = nested(tile);
            double header = TILE_HEIGHT + band.height(tile, false);
            double height = header;
            for (int i = 0; i < nested.size(); i++) {
                height += NESTED_HEIGHT + band.height(nested.get(i), true) + (i > 0 ? NESTED_GAP : NESTED_PADDING);
            }
            Box box = new Box(x, top, TILE_WIDTH, height);
            add(tile, box, false);
            SequenceRef ref = tile instanceof SegmentGroupTile ? SequenceRef.segments(tile.id())
                    : tile instanceof EmailTile ? SequenceRef.content(tile.id()) : null;
            List<InsertionAnchor> own = ref == null ? List.of() : anchorsOf();
            double y = top + header;
            for (int i = 0; i < nested.size(); i++) {
                own.add(lying(ref, i, x, y - NESTED_GAP / 2));
                double nestedHeight = NESTED_HEIGHT + band.height(nested.get(i), true);
                add(nested.get(i), new Box(x + NESTED_PADDING, y, TILE_WIDTH - 2 * NESTED_PADDING, nestedHeight), true);
                y += nestedHeight + NESTED_GAP;
            }
            if (ref != null) {
                own.add(lying(ref, nested.size(), x, nested.isEmpty() ? top + header - BAR_INSET
                        : y - NESTED_GAP / 2));
            }
            return box;
        }

        private List<InsertionAnchor> anchorsOf() {
            List<InsertionAnchor> own = new ArrayList<>();
            anchors.add(own);
            return own;
        }

        private static InsertionAnchor upright(SequenceRef ref, int index, double centerX, double top) {
            return new InsertionAnchor(new InsertionPoint(ref, index),
                    new Box(centerX - BAR / 2, top + BAR_INSET, BAR, TILE_HEIGHT - 2 * BAR_INSET));
        }

        private static InsertionAnchor lying(SequenceRef ref, int index, double containerX, double centerY) {
            return new InsertionAnchor(new InsertionPoint(ref, index), new Box(containerX + NESTED_PADDING,
                    centerY - BAR / 2, TILE_WIDTH - 2 * NESTED_PADDING, BAR));
        }

        private Extent lanes(String ownerId, List<Lane> lanes, Point from, double left, double top) {
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
                Extent laneExtent = sequence(lane.tiles(), SequenceRef.lane(ownerId, lane.key()), left, laneTop);
                if (lane.tiles().isEmpty()) {
                    Box end = new Box(left, entry.y() - END_HEIGHT / 2, END_WIDTH, END_HEIGHT);
                    ends.add(new EndMarker(end));
                    extent = extent.union(new Extent(end.right(), end.bottom()));
                } else {
                    extent = extent.union(laneExtent);
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
