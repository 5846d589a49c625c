package org.waymark.ui.window;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Hands the keyboard to a small window opened by a key (the tile picker opened by typing on the canvas, the F1
 * list), from the moment it opens: the platform gives the new window the focus some time after it shows, and every
 * key typed meanwhile would land in the window below, as an action or as a second picker, and be lost to the
 * search. While the new window shows, each key event that reaches its owner's scene goes to the node that has the
 * new window's focus instead (its search field or list), in the order typed.
 */
public final class KeyHandoff {

    private KeyHandoff() {
    }

    /** From now until {@code opened} hides, keys that reach {@code owner} go to {@code opened}'s focus owner. */
    public static void install(Window owner, Stage opened) {
        Scene below = owner == null ? null : owner.getScene();
        if (below == null) {
            return;
        }
        EventHandler<KeyEvent> forward = e -> {
            Node target = opened.getScene() == null ? null : opened.getScene().getFocusOwner();
            if (opened.isShowing() && target != null) {
                e.consume();
                target.fireEvent(e.copyFor(target, target));
            }
        };
        below.addEventFilter(KeyEvent.ANY, forward);
        opened.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> below.removeEventFilter(KeyEvent.ANY, forward));
    }
}
