package org.waymark.ui.view;

/**
 * Arithmetic of a scroll pane over zoomable content, without JavaFX. A scroll value runs from {@code min}
 * to {@code max} while the viewport's offset over the content runs from 0 to {@code content - viewport}
 * pixels; when the content fits, the offset is 0 whatever the value.
 */
public final class ScrollGeometry {

    /** How much one wheel notch (40 pixels of delta) zooms in. */
    public static final double WHEEL_STEP = 1.1;
    static final double NOTCH = 40;

    private ScrollGeometry() {
    }

    /** Pixels the viewport is scrolled from the content's left (or top) edge. */
    public static double offset(double value, double min, double max, double content, double viewport) {
        double room = content - viewport;
        if (room <= 0 || max <= min) {
            return 0;
        }
        return clamp((value - min) / (max - min), 0, 1) * room;
    }

    /** The scroll value that scrolls the viewport {@code offset} pixels, clamped to what the content allows. */
    public static double value(double offset, double min, double max, double content, double viewport) {
        double room = content - viewport;
        if (room <= 0) {
            return min;
        }
        return min + clamp(offset / room, 0, 1) * (max - min);
    }

    /**
     * The offset after the content is scaled by {@code factor} that keeps the content point at {@code pointer}
     * pixels from the viewport's edge under the pointer (content growing from its top-left corner).
     */
    public static double offsetAfterZoom(double offset, double pointer, double factor) {
        return (offset + pointer) * factor - pointer;
    }

    /** The zoom after a wheel turn of {@code deltaY} (positive: away from the user, zoom in), within the limits. */
    public static double wheelZoom(double zoom, double deltaY, double minZoom, double maxZoom) {
        return clamp(zoom * Math.pow(WHEEL_STEP, deltaY / NOTCH), minZoom, maxZoom);
    }

    public static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
