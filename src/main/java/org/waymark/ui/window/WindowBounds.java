package org.waymark.ui.window;

/** Where the main window is and how large, in screen pixels; x, y, width and height are its normal bounds. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
