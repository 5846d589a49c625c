package org.waymark.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.waymark.ui.appearance.StyleClass;

/**
 * A message across the top of the canvas: why the place under a dragged tile refuses it, while hovering, and
 * why a drop was refused, for a few seconds after it.
 */
final class CanvasBanner extends Label {

    static final Duration SHOWN_AFTER_DROP = Duration.seconds(5);

    private final PauseTransition linger = new PauseTransition(SHOWN_AFTER_DROP);

    CanvasBanner() {
        setId("canvas-banner");
        getStyleClass().add(StyleClass.CANVAS_BANNER);
        setAccessibleRole(AccessibleRole.TEXT);
        org.waymark.ui.window.WrappedText.wrap(this);
        setMaxWidth(560);
        setMouseTransparent(true);
        setVisible(false);
        // at the foot of the canvas, where it hides no tile of a journey's first rows
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        StackPane.setMargin(this, new javafx.geometry.Insets(0, 0, 16, 16));
        linger.setOnFinished(e -> setVisible(false));
    }

    /** Shows {@code reason} while the pointer stays where it is; null hides it. */
    void hover(String reason) {
        linger.stop();
        setVisible(reason != null);
        if (reason != null) {
            setText(reason);
            setAccessibleText(reason);
        }
    }

    /** Shows {@code reason} for a few seconds. */
    void flash(String reason) {
        hover(reason);
        linger.playFromStart();
    }
}
