package org.waymark.ui.window;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A view that fills its place and scrolls when the place is shorter than the view can be, rather than squeezing a
 * table to its header or a chart below its axis titles (at 200 % a 1280×800 window is 30 lines of text high).
 */
public final class ScrollWhenShort {

    private ScrollWhenShort() {
    }

    /** {@code view} in a scroll pane that gives it the whole width and at least its minimum height. */
    public static ScrollPane around(Region view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        return scroll;
    }
}
