package org.waymark.ui.toolbox;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.model.tile.TileType;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.TileIcons;

/**
 * The toolbox: a filter field over the list of tile types, grouped by category, each with its icon, name and
 * one-line description. Drag an entry onto the canvas to insert it there; a double click or Enter inserts it
 * after the selected tile. Down in the filter field moves into the list.
 */
public final class ToolboxView extends VBox {

    private final ListView<TileType> list = new ListView<>();
    private final TextField filter = new TextField();

    /**
     * @param dragSources makes a node drag a new tile of the type the supplier gives
     * @param insert inserts a tile of a type after the canvas's selection
     */
    public ToolboxView(ToolboxViewModel model, TileIcons icons, BiConsumer<Node, Supplier<TileType>> dragSources,
                       Consumer<TileType> insert) {
        getStyleClass().add(StyleClass.TOOLBOX);
        filter.setId("toolbox-filter");
        filter.setPromptText("Filter tiles");
        filter.setAccessibleText("Filter the toolbox by name or description");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });

        list.setId("toolbox-list");
        list.setAccessibleText("Tiles: drag one onto the canvas, or press Enter to insert it after the selected tile");
        list.setItems(model.entries());
        list.setPlaceholder(new Label("No tile matches the filter"));
        list.setCellFactory(view -> {
            ToolboxCell cell = new ToolboxCell(model, icons);
            dragSources.accept(cell, cell::getItem);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    insert.accept(cell.getItem());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            TileType selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                insert.accept(selected);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        setSpacing(8);
        setPadding(new Insets(10));
        getChildren().addAll(filter, list);
    }

    /** Disables the filter and the list while {@code active} is false (no journey is open). */
    public void activeWhen(ObservableBooleanValue active) {
        BooleanExpression inactive = BooleanExpression.booleanExpression(active).not();
        filter.disableProperty().bind(inactive);
        list.disableProperty().bind(inactive);
    }
}
