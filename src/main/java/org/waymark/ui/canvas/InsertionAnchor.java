package org.waymark.ui.canvas;

import org.waymark.model.edit.InsertionPoint;

/**
 * Where the canvas shows an insertion point while a tile is dragged: a thin bar in the gap between two tiles of
 * a path (upright), or between the tiles nested in a segment group or an email (lying), in canvas pixels.
 */
public record InsertionAnchor(InsertionPoint point, Box box) {

    public Point center() {
        return new Point(box.x() + box.width() / 2, box.centerY());
    }

    /** True for a bar lying across a container, between nested tiles; false for an upright bar on a path. */
    public boolean lying() {
        return box.width() > box.height();
    }

    /** How far {@code p} is from the bar; 0 on it. */
    public double distanceTo(Point p) {
        double dx = Math.max(Math.max(box.x() - p.x(), 0), p.x() - box.right());
        double dy = Math.max(Math.max(box.y() - p.y(), 0), p.y() - box.bottom());
        return Math.hypot(dx, dy);
    }
}
