package org.waymark.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.waymark.model.tile.TileType;

/**
 * The first step of "Add tile" by keyboard: a small window listing the tile types, the focus in the list. Typing
 * narrows the list (type-ahead, shown above it; Backspace takes a character back), the arrows move, Enter
 * chooses, Esc cancels.
 */
final class TileTypePicker {

    /** Shows the list over {@code owner}; {@code chosen} hears of the chosen type once the window has closed. */
    void choose(Window owner, Consumer<TileType> chosen) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Add tile");
        StringBuilder typed = new StringBuilder();
        Label filter = new Label();
        filter.setId("tile-type-filter");
        Label help = new Label("Type to filter, arrows to move, Enter to choose, Esc to cancel");
        help.setWrapText(true);
        ListView<TileType> list = new ListView<>();
        list.setId("tile-type-list");
        list.setAccessibleText("Tile types");
        list.setPrefSize(320, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TileType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.label());
                setAccessibleText(empty || type == null ? null : type.label() + ": " + type.description());
            }
        });
        Runnable refresh = () -> {
            list.getItems().setAll(PlaceChooser.typesMatching(typed.toString()));
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
            filter.setText(typed.length() == 0 ? "All tile types" : "Matching \u201c" + typed + "\u201d");
            filter.setAccessibleText(filter.getText());
        };
        refresh.run();
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String character = e.getCharacter();
            if (!character.isEmpty() && !Character.isISOControl(character.charAt(0)) && !e.isShortcutDown()) {
                typed.append(character);
                refresh.run();
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                refresh.run();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                TileType type = list.getSelectionModel().getSelectedItem();
                e.consume();
                if (type != null) {
                    stage.close();
                    chosen.accept(type);
                }
            }
        });
        VBox root = new VBox(help, filter, list);
        root.getStyleClass().add("tile-type-picker");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnShown(e -> list.requestFocus());
        stage.show();
        list.requestFocus();
    }
}
