package org.waymark.ui.view;

import org.waymark.ui.canvas.Box;

/**
 * Where the minimap draws a journey and its viewport: the whole drawing scaled to fit the map (inside a
 * margin, centred), and back from a point of the map to the canvas. Canvas pixels times the zoom are
 * content pixels of the scroll pane; no JavaFX.
 */
public record MinimapGeometry(double drawingWidth, double drawingHeight, double mapWidth, double mapHeight,
                              double margin) {

    /** Map pixels per canvas pixel. */
    public double scale() {
        if (drawingWidth <= 0 || drawingHeight <= 0) {
            return 0;
        }
        double scale = Math.min((mapWidth - 2 * margin) / drawingWidth, (mapHeight - 2 * margin) / drawingHeight);
        return Math.max(0, scale);
    }

    public double originX() {
        return (mapWidth - drawingWidth * scale()) / 2;
    }

    public double originY() {
        return (mapHeight - drawingHeight * scale()) / 2;
    }

    /** A canvas box on the map. */
    public Box toMap(Box box) {
        double s = scale();
        return new Box(originX() + box.x() * s, originY() + box.y() * s, box.width() * s, box.height() * s);
    }

    /**
     * The visible part of the canvas, on the map: the viewport of {@code viewportWidth} × {@code viewportHeight}
     * content pixels scrolled {@code offsetX}, {@code offsetY} at {@code zoom}, cut to the drawing.
     */
    public Box viewport(double offsetX, double offsetY, double viewportWidth, double viewportHeight, double zoom) {
        double left = clamp(offsetX / zoom, drawingWidth);
        double top = clamp(offsetY / zoom, drawingHeight);
        double right = clamp((offsetX + viewportWidth) / zoom, drawingWidth);
        double bottom = clamp((offsetY + viewportHeight) / zoom, drawingHeight);
        return toMap(new Box(left, top, right - left, bottom - top));
    }

    /** The canvas point under a point of the map (may lie outside the drawing). */
    public double canvasX(double mapX) {
        return scale() == 0 ? 0 : (mapX - originX()) / scale();
    }

    public double canvasY(double mapY) {
        return scale() == 0 ? 0 : (mapY - originY()) / scale();
    }

    /** The scroll offset, in content pixels, that centres the viewport on a canvas coordinate. */
    public static double offsetToCentre(double canvas, double zoom, double viewport) {
        return canvas * zoom - viewport / 2;
    }

    /**
     * The height of a map {@code mapWidth} wide that shows the drawing across its whole width, kept between
     * {@code min} and {@code max} (a tall drawing then leaves room at the sides).
     */
    public static double heightFor(double drawingWidth, double drawingHeight, double mapWidth, double margin, double min,
                                   double max) {
        if (drawingWidth <= 0 || drawingHeight <= 0) {
            return min;
        }
        double natural = 2 * margin + (mapWidth - 2 * margin) * drawingHeight / drawingWidth;
        return Math.max(min, Math.min(max, natural));
    }

    /** True when the whole drawing at {@code zoom} fits a viewport this big: no minimap needed. */
    public static boolean fits(double drawingWidth, double drawingHeight, double zoom, double viewportWidth,
                               double viewportHeight) {
        return drawingWidth * zoom <= viewportWidth + 0.5 && drawingHeight * zoom <= viewportHeight + 0.5;
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
