package org.waymark.ui.toolbox;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.TileIcons;

/**
 * A tile type in the toolbox: its icon, name and description, under its category's title when it is the first
 * of its category. Found as {@code #toolbox-<type>}, e.g. {@code #toolbox-email}.
 */
final class ToolboxCell extends ListCell<TileType> {

    private final ToolboxViewModel model;
    /** The badge's width at 100 % UI scale: 2.154em of 13 pixels (waymark.css, {@code .toolbox-entry .tile-badge}). */
    private static final double BADGE_AT_100 = 28;
    private final TileIcons icons;
    private final Label category = new Label();
    private final Label name = new Label();
    private final Label description = new Label();
    private final StackPane badge = new StackPane();
    private final HBox entry;
    private final VBox graphic;

    ToolboxCell(ToolboxViewModel model, TileIcons icons) {
        this.model = model;
        this.icons = icons;
        getStyleClass().add(StyleClass.TOOLBOX_CELL);
        category.getStyleClass().add(StyleClass.TOOLBOX_CATEGORY);
        category.setMaxWidth(Double.MAX_VALUE);
        name.getStyleClass().add(StyleClass.TOOLBOX_NAME);
        description.getStyleClass().add(StyleClass.TOOLBOX_DESCRIPTION);
        WrappedText.wrap(description);
        badge.getStyleClass().add(StyleClass.TILE_BADGE);
        badge.setMinSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        badge.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        VBox text = new VBox(1, name, description);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        entry = new HBox(10, badge, text);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add(StyleClass.TOOLBOX_ENTRY);
        graphic = new VBox(category, entry);
        graphic.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TileType type, boolean empty) {
        super.updateItem(type, empty);
        entry.getStyleClass().removeAll(TileIcons.CATEGORY_STYLES);
        if (empty || type == null) {
            setId(null);
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        setId("toolbox-" + type.fileName());
        String style = TileIcons.categoryStyle(type.category());
        entry.getStyleClass().add(style);
        badge.getStyleClass().removeAll(TileIcons.CATEGORY_STYLES);
        badge.getStyleClass().add(style);
        badge.getChildren().setAll(TileIcons.growingWith(icons.icon(type), badge, BADGE_AT_100));
        name.setText(type.label());
        description.setText(type.description());
        boolean first = model.startsGroup(type);
        category.setText(type.category().label());
        category.setVisible(first);
        category.setManaged(first);
        setText(null);
        setGraphic(graphic);
        setAccessibleText(model.accessibleText(type));
    }
}
