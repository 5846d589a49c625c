package org.waymark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;

/**
 * Finds what a user cannot reach in a part of the window: a control that lies (partly) outside its window where
 * nothing scrolls it into sight, a tool bar that pushed buttons into its overflow menu, a tab row that needs its
 * overflow menu. Text cut short is {@link CutText}'s to find.
 */
public final class ClippedControls {

    private ClippedControls() {
    }

    /** One line per control out of reach under {@code root}; call on the JavaFX thread after layout. */
    public static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        for (Node overflow : root.lookupAll(".tool-bar-overflow-button")) {
            if (shows(overflow)) {
                found.add("a tool bar puts buttons in its overflow menu: " + describe(overflow.getParent()));
            }
        }
        for (Node table : root.lookupAll(".table-view")) {
            if (shows(table) && table.getLayoutBounds().getHeight() > 0) {
                Node header = table.lookup(".column-header-background");
                double headerHeight = header == null ? 0 : header.getLayoutBounds().getHeight();
                double line = javafx.scene.text.Font.getDefault().getSize();
                if (table instanceof javafx.scene.control.Control control && control.getSkin() != null) {
                    line = ((javafx.scene.layout.Region) control).lookup(".label") instanceof javafx.scene.control.Label label
                            ? label.getFont().getSize() : line;
                }
                if (table.getLayoutBounds().getHeight() - headerHeight < 2 * line) {
                    found.add("a table too short to show a row: " + describe(table) + " "
                            + (int) table.getLayoutBounds().getHeight() + " high");
                }
            }
        }
        for (Node overflow : root.lookupAll(".control-buttons-tab")) {
            if (shows(overflow)) {
                found.add("a tab row needs its overflow menu: " + describe(overflow.getParent()));
            }
        }
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node.getClip() != null) {
            return; // hidden, or clipped by a scrolling part (a scroll pane's viewport, a list's cells)
        }
        if (node instanceof Control control && !control.getStyleClass().contains("scroll-bar")) {
            Bounds at = node.localToScene(node.getLayoutBounds());
            double width = node.getScene().getWidth();
            double height = node.getScene().getHeight();
            if (at.getWidth() > 0 && (at.getMinX() < -1 || at.getMinY() < -1 || at.getMaxX() > width + 1
                    || at.getMaxY() > height + 1)) {
                found.add(describe(node) + " lies outside the window: " + (int) at.getMinX() + "," + (int) at.getMinY()
                        + "–" + (int) at.getMaxX() + "," + (int) at.getMaxY() + " in " + (int) width + "×" + (int) height);
                return;
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, found));
        }
    }

    private static boolean shows(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof javafx.scene.control.Labeled l && l.getText() != null ? " '" + l.getText() + "'"
                : node.getAccessibleText() != null ? " '" + node.getAccessibleText() + "'" : "";
        return node.getClass().getSimpleName() + id + node.getStyleClass() + text;
    }
}
