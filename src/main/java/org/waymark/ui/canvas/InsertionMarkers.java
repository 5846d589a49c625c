package org.waymark.ui.canvas;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The layer of the canvas that shows, while a tile is dragged, every place it may be dropped: a bar per valid
 * insertion anchor ({@code .insertion-marker}), the one a drop would use highlighted ({@code :target}).
 */
final class InsertionMarkers extends Pane {

    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
    /** How much larger than its anchor a marker is drawn, so that it is easy to see. */
    private static final double GROW = 2;

    private final Map<InsertionAnchor, Region> markers = new IdentityHashMap<>();
    private InsertionAnchor highlighted;

    InsertionMarkers() {
        getStyleClass().add("insertion-markers");
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(List<InsertionAnchor> anchors) {
        clear();
        for (InsertionAnchor anchor : anchors) {
            Region marker = new Region();
            marker.setManaged(false);
            marker.getStyleClass().add("insertion-marker");
            if (anchor.lying()) {
                marker.getStyleClass().add("lying");
            }
            Box box = anchor.box();
            marker.resizeRelocate(box.x() - GROW, box.y() - GROW, box.width() + 2 * GROW, box.height() + 2 * GROW);
            markers.put(anchor, marker);
            getChildren().add(marker);
        }
    }

    void highlight(InsertionAnchor anchor) {
        if (highlighted == anchor) {
            return;
        }
        if (highlighted != null && markers.containsKey(highlighted)) {
            markers.get(highlighted).pseudoClassStateChanged(TARGET, false);
        }
        highlighted = anchor;
        if (anchor != null && markers.containsKey(anchor)) {
            markers.get(anchor).pseudoClassStateChanged(TARGET, true);
            markers.get(anchor).toFront();
        }
    }

    void clear() {
        markers.clear();
        highlighted = null;
        getChildren().clear();
    }
}
