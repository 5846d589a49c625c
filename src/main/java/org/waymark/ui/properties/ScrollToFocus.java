package org.waymark.ui.properties;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scroll pane in view: tabbing to a field below the fold scrolls down to it,
 * so keyboard users never type into a field they cannot see. A control focused by the mouse is only scrolled
 * to when it is entirely out of view, so the pane does not jump under a click.
 */
public final class ScrollToFocus {

    private static final double MARGIN = 12;

    private ScrollToFocus() {
    }

    public static void install(ScrollPane pane) {
        ChangeListener<Node> focus = (o, before, now) -> {
            if (now != null && isInside(now, pane)) {
                Platform.runLater(() -> {
                    if (now.isFocused() && (now.isFocusVisible() || outOfView(pane, now))) {
                        reveal(pane, now);
                    }
                });
            }
        };
        pane.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                before.focusOwnerProperty().removeListener(focus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focus);
            }
        });
        Scene scene = pane.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(focus);
        }
    }

    private static boolean isInside(Node node, ScrollPane pane) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at == pane.getContent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean outOfView(ScrollPane pane, Node node) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMaxY() <= view.getMinY() || bounds.getMinY() >= view.getMaxY();
    }

    /** Scrolls just enough to show {@code node} (with a margin), preferring its top when it is taller than the view. */
    public static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewHeight;
        if (scrollable <= 0 || inContent == null) {
            return;
        }
        double top = pane.getVvalue() * scrollable;
        double wantTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            wantTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewHeight) {
            wantTop = Math.min(inContent.getMinY() - MARGIN, inContent.getMaxY() + MARGIN - viewHeight);
        }
        pane.setVvalue(Math.max(0, Math.min(1, wantTop / scrollable)));
    }
}
