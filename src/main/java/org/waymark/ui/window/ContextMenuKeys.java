package org.waymark.ui.window;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Shift+F10 and the Menu key open the context menu of the control that has the focus (or of the nearest control
 * above it that has one), below it, as a right click would. Not every platform turns these keys into a context-menu
 * request; this makes every context menu of the window reachable by keyboard everywhere. A control that handles the
 * keys itself (the canvas, at the selected tile) takes them first.
 */
public final class ContextMenuKeys {

    private ContextMenuKeys() {
    }

    public static void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU
                    || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown();
            if (!menuKey) {
                return;
            }
            for (Node node = scene.getFocusOwner(); node != null; node = node.getParent()) {
                if (node instanceof Control control && control.getContextMenu() != null) {
                    ContextMenu menu = control.getContextMenu();
                    menu.show(scene.getFocusOwner(), Side.BOTTOM, 0, 0);
                    e.consume();
                    return;
                }
            }
        });
    }
}
