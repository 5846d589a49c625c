package org.waymark.ui.canvas;

/** A point on the canvas, in canvas pixels. */
public record Point(double x, double y) {
}
