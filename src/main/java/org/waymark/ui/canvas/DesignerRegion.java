package org.waymark.ui.canvas;

/**
 * The parts of the designer F6 cycles through (Shift+F6 backwards): the toolbox, the canvas and the properties.
 * The timeline joins when issue 5 brings it.
 */
public enum DesignerRegion {
    TOOLBOX,
    CANVAS,
    PROPERTIES;

    /** The region after this one, or before it with {@code backward}; from nowhere (null), the canvas. */
    public static DesignerRegion next(DesignerRegion current, boolean backward) {
        if (current == null) {
            return CANVAS;
        }
        int count = values().length;
        return values()[(current.ordinal() + (backward ? count - 1 : 1)) % count];
    }
}
