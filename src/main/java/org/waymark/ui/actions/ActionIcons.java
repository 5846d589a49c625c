package org.waymark.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.waymark.ui.appearance.StyleClass;

/**
 * Small line icons for the actions shown on buttons, drawn on a 16-unit grid as the shape of a region painted in the
 * theme's text colour (style class {@code action-icon}), so they follow the theme and keep its contrast, and sized in
 * em, so they grow with the text at every UI scale.
 */
public final class ActionIcons {

    private final Map<ActionId, String> paths = new EnumMap<>(ActionId.class);

    public ActionIcons() {
        paths.put(ActionId.ADD_TILE, "M7 2h2v5h5v2H9v5H7V9H2V7h5z");
        paths.put(ActionId.SIMULATE, "M3 2l11 6-11 6z");
        paths.put(ActionId.SIMULATE_AGAIN, "M8 2a6 6 0 1 1-6 6h2a4 4 0 1 0 1.2-2.8L7 7H2V2l1.8 1.8A6 6 0 0 1 8 2z");
        paths.put(ActionId.UNDO, "M6 3 1 7.5 6 12V9h4a3 3 0 0 1 0 6H8v1h2a4 4 0 0 0 0-8H6z");
        paths.put(ActionId.REDO, "M10 3l5 4.5-5 4.5V9H6a3 3 0 0 0 0 6h2v1H6a4 4 0 0 1 0-8h4z");
        paths.put(ActionId.DELETE_TILES, "M5 1h6v2h4v2H1V3h4zM3 6h10l-1 9H4z");
        paths.put(ActionId.ZOOM_IN, "M6.5 1a5.5 5.5 0 0 1 4.4 8.8l4 4-1.1 1.1-4-4A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 "
                + "4 4 0 0 0 0-8zM6 4h1v2h2v1H7v2H6V7H4V6h2z");
        paths.put(ActionId.ZOOM_OUT, "M6.5 1a5.5 5.5 0 0 1 4.4 8.8l4 4-1.1 1.1-4-4A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 "
                + "4 4 0 0 0 0-8zM4 6h5v1H4z");
        paths.put(ActionId.ZOOM_FIT, "M1 1h5v2H3v3H1zm9 0h5v5h-2V3h-3zM1 10h2v3h3v2H1zm12 0h2v5h-5v-2h3z");
        paths.put(ActionId.TOGGLE_JOURNEY_LIST, "M1 2h14v12H1zm1.5 1.5v9h3v-9zm4.5 0v9h7.5v-9z");
        paths.put(ActionId.TOGGLE_SIDE_PANEL, "M1 2h14v12H1zm1.5 1.5v9h7.5v-9zm9 0v9h3v-9z");
        paths.put(ActionId.KEYBOARD_SHORTCUTS, "M1 4h14v9H1zm1.5 1.5v6h11v-6zM3.5 6.5h2v1.5h-2zm3 0h2v1.5h-2zm3 0h3v1.5h-3z"
                + "M4.5 9.5h7V11h-7z");
    }

    /** A fresh icon for {@code id} (a node has one parent), or empty when it has none. */
    public Optional<Node> icon(ActionId id) {
        String path = paths.get(id);
        if (path == null) {
            return Optional.empty();
        }
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        Region icon = new Region();
        icon.setShape(shape);
        icon.setScaleShape(true);
        icon.getStyleClass().add(StyleClass.ACTION_ICON);
        return Optional.of(icon);
    }
}
