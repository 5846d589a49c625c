package org.waymark.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.SVGPath;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;

/** The small card that follows the pointer while a tile is dragged; it looks refused where it cannot go. */
final class DragGhost extends HBox {

    /** Where the card sits relative to the pointer, so that the pointer stays free to aim. */
    static final double OFFSET_X = 14;
    static final double OFFSET_Y = 10;

    DragGhost(TileType type, String name, TileIcons icons) {
        getStyleClass().addAll(StyleClass.DRAG_GHOST, TileIcons.categoryStyle(type.category()));
        SVGPath icon = icons.icon(type);
        Label label = new Label(name);
        label.getStyleClass().add(StyleClass.DRAG_GHOST_NAME);
        getChildren().addAll(icon, label);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setMouseTransparent(true);
        setManaged(false);
        autosize();
    }

    void moveTo(double x, double y) {
        autosize();
        relocate(x + OFFSET_X, y + OFFSET_Y);
    }

    void setRefused(boolean refused) {
        pseudoClassStateChanged(StyleClass.Pseudo.REFUSED, refused);
    }
}
