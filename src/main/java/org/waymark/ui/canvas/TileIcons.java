package org.waymark.ui.canvas;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.shape.SVGPath;
import org.waymark.model.tile.TileCategory;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;

/**
 * Line icons for tile types, drawn on a 16 × 16 grid; the stylesheet strokes them in their category's colour
 * ({@code .tile-icon} and {@code .category-flow} and so on). No icon font and nothing from the network.
 */
public final class TileIcons {

    /** The style classes of all categories, to take one off a reused cell. */
    public static final List<String> CATEGORY_STYLES = Stream.of(TileCategory.values())
            .map(TileIcons::categoryStyle).toList();

    public SVGPath icon(TileType type) {
        SVGPath icon = new SVGPath();
        icon.setContent(pathOf(type));
        icon.getStyleClass().addAll(StyleClass.TILE_ICON, categoryStyle(type.category()));
        return icon;
    }

    /**
     * {@code icon}, drawn at its 16-unit size in a {@code box} {@code atWidth} pixels wide (at 100 % UI scale), grown
     * with the box: a badge sized in ems keeps its icon in proportion at 200 %.
     */
    public static SVGPath growingWith(SVGPath icon, javafx.scene.layout.Region box, double atWidth) {
        javafx.beans.binding.DoubleBinding scale = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> box.getWidth() <= 0 ? 1 : box.getWidth() / atWidth, box.widthProperty());
        icon.scaleXProperty().bind(scale);
        icon.scaleYProperty().bind(scale);
        return icon;
    }

    /** The style class of a category, e.g. {@code category-flow}. */
    public static String categoryStyle(TileCategory category) {
        return switch (category) {
            case TARGETS -> StyleClass.CATEGORY_TARGETS;
            case CHANNELS -> StyleClass.CATEGORY_CHANNELS;
            case FLOW -> StyleClass.CATEGORY_FLOW;
            case ACTIONS -> StyleClass.CATEGORY_ACTIONS;
            case CONTENT -> StyleClass.CATEGORY_CONTENT;
        };
    }

    static String pathOf(TileType type) {
        return switch (type) {
            case SEGMENT_GROUP -> "M5 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5z M1 14c0-3 1.8-4.5 4-4.5s4 1.5 4 4.5"
                    + " M11 3.5a2 2 0 1 1 0 4 M11.5 9.5c2 0.3 3.5 1.8 3.5 4.5";
            case SEGMENT -> "M2 3h12l-4.5 5.5v5l-3-1.5v-3.5z";
            case FORM_SUBMITTED -> "M3 1.5h7l3 3v10h-10z M5.5 6h5 M5.5 8.5h5 M5.5 11l1.5 1.5l3-3";
            case RECORD_UPDATED -> "M13.5 6a6 6 0 0 0-11-1.5 M2.5 2v3h3 M2.5 10a6 6 0 0 0 11 1.5 M13.5 14v-3h-3";
            case EMAIL -> "M1.5 3.5h13v9h-13z M1.5 3.5l6.5 5.5l6.5-5.5";
            case SMS -> "M2 2.5h12v8.5h-7l-3.5 3v-3h-1.5z M5 6.5h6";
            case PUSH_NOTIFICATION -> "M4.5 1.5h7v13h-7z M7 12.5h2 M10 4.5l3-2";
            case TRIGGER -> "M9.5 1l-6 8h4.5l-1 6l6-8h-4.5z";
            case SPLITTER -> "M1.5 8h5 M6.5 8l6-5 M6.5 8l6 5 M10 2.5h3v3 M10 13.5h3v-3";
            case SCHEDULER -> "M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z M8 4.5v3.5l2.5 2";
            case ACTIVITY -> "M3 2.5h10v12h-10z M6 1.5h4v2h-4z M5.5 9l2 2l3.5-4";
            case CREATE_LEAD -> "M8 1.5l2 4.2l4.5 0.6l-3.3 3.1l0.8 4.6l-4-2.2l-4 2.2l0.8-4.6l-3.3-3.1l4.5-0.6z";
            case LAUNCH_WORKFLOW -> "M1.5 3h4v4h-4z M10.5 9h4v4h-4z M5.5 5h3.5v6h1.5";
            case MARKETING_PAGE -> "M1.5 2.5h13v11h-13z M1.5 5.5h13 M4 8h8 M4 10.5h5";
            case MARKETING_FORM -> "M2.5 1.5h11v13h-11z M5 5h6 M5 8h6 M5 11h3";
            case EVENT -> "M2 3h12v11h-12z M2 6.5h12 M5 1.5v3 M11 1.5v3 M5 9.5h2 M9 9.5h2";
        };
    }
}
