package org.waymark.ui.canvas;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.waymark.ui.appearance.StyleClass;

/**
 * The layer of the canvas that shows, while a tile is dragged, every place it may be dropped: a bar per valid
 * insertion anchor ({@code .insertion-marker}), the one a drop would use highlighted ({@code :target}). While the
 * keyboard chooses a place, each marker also carries its number ({@code .insertion-badge}).
 */
final class InsertionMarkers extends Pane {

    /** How much larger than its anchor a marker is drawn, so that it is easy to see. */
    private static final double GROW = 2;

    private final Map<InsertionAnchor, Region> markers = new IdentityHashMap<>();
    private final Map<InsertionAnchor, Label> badges = new IdentityHashMap<>();
    private InsertionAnchor highlighted;

    InsertionMarkers() {
        getStyleClass().add(StyleClass.Hooks.INSERTION_MARKERS);
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(List<InsertionAnchor> anchors) {
        clear();
        for (InsertionAnchor anchor : anchors) {
            Region marker = new Region();
            marker.setManaged(false);
            marker.getStyleClass().add(StyleClass.INSERTION_MARKER);
            if (anchor.lying()) {
                marker.getStyleClass().add(StyleClass.Hooks.LYING);
            }
            Box box = anchor.box();
            marker.resizeRelocate(box.x() - GROW, box.y() - GROW, box.width() + 2 * GROW, box.height() + 2 * GROW);
            markers.put(anchor, marker);
            getChildren().add(marker);
        }
    }

    /** Shows the markers numbered 1, 2, 3… in the order given. */
    void showNumbered(List<InsertionAnchor> anchors) {
        show(anchors);
        for (int i = 0; i < anchors.size(); i++) {
            InsertionAnchor anchor = anchors.get(i);
            Label badge = new Label(Integer.toString(i + 1));
            badge.getStyleClass().add(StyleClass.INSERTION_BADGE);
            badge.setManaged(false);
            badge.setAccessibleRole(AccessibleRole.TEXT);
            badge.setAccessibleText("Place " + (i + 1));
            badges.put(anchor, badge);
            getChildren().add(badge);
            badge.applyCss(); // its font and padding first, or two digits get measured too narrow and show as "…"
            Box box = anchor.box();
            double width = Math.max(18, badge.prefWidth(-1));
            badge.resizeRelocate(box.x() + box.width() / 2 - width / 2, box.y() - 20, width, 18);
        }
    }

    /** Says what the highlighted place is to screen readers. */
    void describe(InsertionAnchor anchor, String text) {
        if (anchor != null && markers.containsKey(anchor)) {
            markers.get(anchor).setAccessibleRole(AccessibleRole.TEXT);
            markers.get(anchor).setAccessibleText(text);
        }
    }

    void highlight(InsertionAnchor anchor) {
        if (highlighted == anchor) {
            return;
        }
        if (highlighted != null && markers.containsKey(highlighted)) {
            markers.get(highlighted).pseudoClassStateChanged(StyleClass.Pseudo.TARGET, false);
        }
        if (highlighted != null && badges.containsKey(highlighted)) {
            badges.get(highlighted).pseudoClassStateChanged(StyleClass.Pseudo.TARGET, false);
        }
        highlighted = anchor;
        if (anchor != null && markers.containsKey(anchor)) {
            markers.get(anchor).pseudoClassStateChanged(StyleClass.Pseudo.TARGET, true);
            markers.get(anchor).toFront();
        }
        if (anchor != null && badges.containsKey(anchor)) {
            badges.get(anchor).pseudoClassStateChanged(StyleClass.Pseudo.TARGET, true);
            badges.get(anchor).toFront();
        }
    }

    void clear() {
        markers.clear();
        badges.clear();
        highlighted = null;
        getChildren().clear();
    }
}
