package org.waymark.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels, buttons, cells and other {@link Labeled}s of a part of the window whose text does not show
 * whole: the text the skin draws (its {@link Text} child) is ellipsised or otherwise not the label's text, or the
 * drawn text runs out sideways of the nearest clip (a scroll pane's viewport, a list's cells) or of the scene.
 * Hidden parts (unselected tabs, unused cells) are skipped, and so are icon-only buttons and text that runs out of
 * sight in a part that scrolls it back (a scroll pane, a list, a table). JavaFX 21 has no {@code Labeled#isTextTruncated()}.
 */
public final class CutText {

    private CutText() {
    }

    /** One line per cut text under {@code root}; call on the JavaFX thread after layout. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            check(labeled, cut);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, cut));
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String expected = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
        Text drawn = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElse(null);
        if (drawn == null && labeled.lookupAll(".label").stream().anyMatch(n -> n != labeled && n instanceof Labeled)) {
            return; // a menu button or titled pane draws its text through a label of its own, checked on its own
        }
        if (drawn == null || !drawn.isVisible()) {
            cut.add(describe(labeled) + " draws no text");
        } else if (!expected.equals(drawn.getText())) {
            cut.add(describe(labeled) + " shows '" + drawn.getText() + "'");
        } else {
            Bounds text = drawn.localToScene(drawn.getLayoutBounds());
            Bounds room = room(labeled);
            if (scrolls(labeled)) {
                return; // a part that scrolls sideways: the user brings the rest into sight
            }
            boolean rowInSight = text.getMaxY() > room.getMinY() && text.getMinY() < room.getMaxY();
            if (rowInSight && (text.getMinX() < room.getMinX() - 1 || text.getMaxX() > room.getMaxX() + 1)) {
                cut.add(describe(labeled) + " runs out of sight sideways: text " + (int) text.getMinX() + "–"
                        + (int) text.getMaxX() + ", visible " + (int) room.getMinX() + "–" + (int) room.getMaxX());
            }
        }
    }

    /** True when {@code node} lies in a scroll pane or a list or table, which scroll what is out of sight into it. */
    private static boolean scrolls(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.skin.VirtualFlow
                    || n instanceof javafx.scene.control.skin.TableHeaderRow) {
                return true;
            }
        }
        return false;
    }

    /** The part of the scene where {@code node} can be seen: the nearest clip above it, or the whole scene. */
    private static Bounds room(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                return n.localToScene(n.getClip().getBoundsInParent());
            }
        }
        return new javafx.geometry.BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() == null ? "" : "#" + labeled.getId();
        return labeled.getClass().getSimpleName() + id + labeled.getStyleClass() + " '" + labeled.getText() + "' ("
                + (int) labeled.getWidth() + "×" + (int) labeled.getHeight() + ")";
    }
}
