package org.waymark.ui.canvas;

/** A rectangle on the canvas, in canvas pixels, the origin at the top left. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when the two boxes share some area; boxes that only touch do not overlap. */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }
}
