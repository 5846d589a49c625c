package org.waymark.ui.window;

import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.PanelLayout.Panel;

/**
 * One side panel of a split view, shown or hidden as {@link PanelLayout} says, as wide as it says at the current UI
 * scale: set when the panel shows and again whenever the scale changes; a width the user drags the divider to is
 * remembered (at 100 % scale). While hidden, the panel is out of the split, so the other side takes all the room.
 */
public final class CollapsibleSide {

    private final SplitPane split;
    private final Node panel;
    private final Side side;
    private final PanelLayout layout;
    private final Panel which;
    private final ObservableDoubleValue scale;

    private CollapsibleSide(SplitPane split, Node panel, Side side, PanelLayout layout, Panel which,
                            ObservableDoubleValue scale) {
        this.split = split;
        this.panel = panel;
        this.side = side;
        this.layout = layout;
        this.which = which;
        this.scale = scale;
    }

    /**
     * Manages {@code panel}, the {@code side} (LEFT or RIGHT) item of {@code split}, whose other item is already in
     * it; {@code scale} is the UI scale factor.
     */
    public static void install(SplitPane split, Node panel, Side side, PanelLayout layout, Panel which,
                               ObservableDoubleValue scale) {
        CollapsibleSide managed = new CollapsibleSide(split, panel, side, layout, which, scale);
        SplitPane.setResizableWithParent(panel, false);
        managed.show(layout.shownProperty(which).get());
        layout.shownProperty(which).addListener((obs, was, now) -> managed.show(now));
        scale.addListener((obs, was, now) -> managed.applyAfterLayout());
        split.widthProperty().addListener((obs, was, now) -> {
            if (was.doubleValue() <= 0) {
                managed.applyAfterLayout();
            }
        });
        boolean[] dragging = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                managed.remember();
            }
            dragging[0] = false;
        });
    }

    private void show(boolean shown) {
        boolean in = split.getItems().contains(panel);
        if (shown && !in) {
            if (side == Side.LEFT) {
                split.getItems().add(0, panel);
            } else {
                split.getItems().add(panel);
            }
            applyAfterLayout();
        } else if (!shown && in) {
            split.getItems().remove(panel);
        }
    }

    /**
     * Sets the width once the scene has laid itself out anew, and again after each layout until it holds (a few
     * times at most): a change of scale reaches the sizes only with the next CSS pass, and the split around this one
     * may change this split's width in the pass after.
     */
    private void applyAfterLayout() {
        Scene scene = split.getScene();
        if (scene == null) {
            applyWidth();
            return;
        }
        int[] tries = {0};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            double wanted = layout.width(which, scale.get());
            double now = panel.getLayoutBounds().getWidth();
            if (!split.getItems().contains(panel) || Math.abs(now - wanted) < 2 || ++tries[0] > 4) {
                scene.removePostLayoutPulseListener(check[0]);
            } else {
                applyWidth();
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    private void applyWidth() {
        double total = split.getWidth() - split.getInsets().getLeft() - split.getInsets().getRight();
        if (total <= 0 || !split.getItems().contains(panel) || split.getDividers().isEmpty()) {
            return;
        }
        double fraction = Math.min(side == Side.LEFT ? 0.3 : 0.4, layout.width(which, scale.get()) / total);
        split.setDividerPosition(0, side == Side.LEFT ? fraction : 1 - fraction);
    }

    /** True when {@code node} is a divider of a split (a click elsewhere leaves the width as the room made it). */
    private static boolean onDivider(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(StyleClass.Hooks.SPLIT_PANE_DIVIDER)) {
                return true;
            }
        }
        return false;
    }

    /** After a drag of the divider: the panel's width as the user left it. */
    private void remember() {
        if (split.getItems().contains(panel) && panel.getLayoutBounds().getWidth() > 0) {
            layout.resized(which, panel.getLayoutBounds().getWidth(), scale.get());
        }
    }
}
