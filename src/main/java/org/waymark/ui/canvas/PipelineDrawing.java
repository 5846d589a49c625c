package org.waymark.ui.canvas;

import java.util.List;
import java.util.Optional;
import org.waymark.model.edit.InsertionPoint;

/**
 * A pipeline laid out for drawing: its tiles (containers before the tiles nested in them), the connectors
 * between them, the labels of branch lanes, the markers of empty lanes, an anchor for every place a tile can be
 * inserted (in the order of {@code InsertionRules.allPoints}) and the size of the whole drawing.
 */
public record PipelineDrawing(List<PlacedTile> tiles, List<Connector> connectors, List<LaneLabel> laneLabels,
                              List<EndMarker> ends, List<InsertionAnchor> anchors, double width, double height) {

    public static final PipelineDrawing EMPTY =
            new PipelineDrawing(List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);

    public PipelineDrawing {
        tiles = List.copyOf(tiles);
        connectors = List.copyOf(connectors);
        laneLabels = List.copyOf(laneLabels);
        ends = List.copyOf(ends);
        anchors = List.copyOf(anchors);
    }

    /** A drawing without insertion anchors. */
    public PipelineDrawing(List<PlacedTile> tiles, List<Connector> connectors, List<LaneLabel> laneLabels,
                           List<EndMarker> ends, double width, double height) {
        this(tiles, connectors, laneLabels, ends, List.of(), width, height);
    }

    /** The number of tiles, nested ones included; the "N" of "step 3 of N". */
    public int stepCount() {
        return tiles.size();
    }

    public Optional<PlacedTile> tile(String id) {
        return tiles.stream().filter(t -> t.tile().id().equals(id)).findFirst();
    }

    public Optional<InsertionAnchor> anchor(InsertionPoint point) {
        return anchors.stream().filter(a -> a.point().equals(point)).findFirst();
    }
}
