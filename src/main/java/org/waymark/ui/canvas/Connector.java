package org.waymark.ui.canvas;

import java.util.List;

/** A line from one tile to the next, as points to join in order; it ends with an arrow at the last point. */
public record Connector(List<Point> points) {

    public Connector {
        points = List.copyOf(points);
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
