package org.waymark.ui.canvas;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Where the keyboard focus goes when the canvas redraws while a tile card has it: to the selected tile; else to
 * the card that had it; when that tile is gone (deleted, cut, its insertion undone), to the tile now standing at
 * its place in reading order (the last tile when it stood at the end), which is then selected too, so that the
 * keys go on working on the canvas; with no tile left, to the canvas itself.
 */
final class RedrawFocus {

    /** The tile to focus, and whether focusing it selects it. */
    record Target(String tileId, boolean select) {
    }

    private RedrawFocus() {
    }

    /**
     * @param selected  the selected tile (the last selected), or null
     * @param focused   the tile whose card had the focus, or null
     * @param focusedAt where that tile stood in reading order before the redraw, or -1
     * @param tilesNow  the tiles after the redraw, in reading order
     */
    static Optional<Target> choose(String selected, String focused, int focusedAt, List<String> tilesNow) {
        if (selected != null && tilesNow.contains(selected)) {
            return Optional.of(new Target(selected, false));
        }
        if (focused != null && tilesNow.contains(focused)) {
            return Optional.of(new Target(focused, false));
        }
        if (focusedAt < 0 || tilesNow.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Target(tilesNow.get(Math.min(focusedAt, tilesNow.size() - 1)), true));
    }

    /**
     * True when {@code node} is {@code ancestor} or lies inside it. Used instead of {@code isFocusWithin()}, which
     * JavaFX 21 forgets when a redraw re-orders the focused card (JDK-8313956, fixed in JavaFX 22).
     */
    static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
