package org.waymark.ui.templates;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.template.JourneyTemplate;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.TileIcons;

/**
 * A template in the gallery's list, drawn as a card: a strip of the tile types it uses, its name and tile
 * count, and its one-line description. Screen readers hear all of it.
 */
final class TemplateCardCell extends ListCell<JourneyTemplate> {

    private final TemplateGalleryViewModel model;
    private final Function<TileType, Node> icons;

    TemplateCardCell(TemplateGalleryViewModel model, Function<TileType, Node> icons) {
        this.model = model;
        this.icons = icons;
        getStyleClass().add(StyleClass.TEMPLATE_CELL);
    }

    @Override
    protected void updateItem(JourneyTemplate template, boolean empty) {
        super.updateItem(template, empty);
        setText(null);
        if (empty || template == null) {
            setGraphic(null);
            setAccessibleText(null);
            setId(null);
            return;
        }
        setId("template-" + template.id());
        setGraphic(card(template));
        setAccessibleText(model.accessibleText(template));
    }

    private Node card(JourneyTemplate template) {
        HBox strip = new HBox();
        strip.getStyleClass().add(StyleClass.TEMPLATE_ICONS);
        for (TileType type : template.tileTypes()) {
            StackPane badge = new StackPane(icons.apply(type));
            badge.getStyleClass().addAll(StyleClass.TEMPLATE_ICON, TileIcons.categoryStyle(type.category()));
            badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            strip.getChildren().add(badge);
        }
        Label name = new Label(template.name());
        name.getStyleClass().add(StyleClass.TEMPLATE_NAME);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label(model.tileCountText(template));
        count.getStyleClass().add(StyleClass.TEMPLATE_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox title = new HBox(8, name, grow, count);
        title.setAlignment(Pos.BASELINE_LEFT);
        Label description = new Label(template.description());
        description.getStyleClass().add(StyleClass.TEMPLATE_DESCRIPTION);
        WrappedText.wrap(description);
        VBox card = new VBox(6, strip, title, description);
        card.getStyleClass().addAll(StyleClass.TEMPLATE_CARD,
                template.isBlank() ? StyleClass.BLANK : StyleClass.Hooks.FROM_TEMPLATE);
        card.setMinWidth(0);
        card.setPrefWidth(0);
        return card;
    }
}
