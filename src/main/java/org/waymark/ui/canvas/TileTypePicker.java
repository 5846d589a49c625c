package org.waymark.ui.canvas;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.edit.ReadyTile;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.KeyHandoff;

/**
 * The first step of "Add tile" by keyboard: a small window listing the tile types and the store's records as
 * ready tiles ({@link AddTileViewModel}), the focus in the list. Typing narrows the list (shown above it;
 * Backspace takes a character back), the arrows move, a line below says where the highlighted tile would go;
 * Enter chooses it and goes on to the place, Shift+Enter puts it there at once, Esc cancels.
 */
final class TileTypePicker {

    /** What the user chose in the list. */
    interface Choice {
        /** Enter: choose the place for {@code tile} next. */
        void choosePlace(ReadyTile tile);

        /** Shift+Enter: insert {@code tile} at its first place, the one the list showed. */
        void insertNow(ReadyTile tile);
    }

    /**
     * Shows the list over {@code owner}, with {@code typedFirst} already typed; {@code choice} hears of the choice
     * once the window has closed.
     */
    void choose(Window owner, AddTileViewModel model, String typedFirst, Choice choice) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        // not modal: a modal window's owner drops the keys typed before the platform has moved the focus over
        // (on X, the keys after the first one of "york"), where KeyHandoff would have handed them on; the picker
        // closes instead when the user goes back to the window below
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now && stage.isShowing()) {
                Platform.runLater(stage::close);
            }
        });
        stage.setTitle("Add tile");
        StringBuilder typed = new StringBuilder(typedFirst);
        Label filter = new Label();
        filter.setId("tile-type-filter");
        Label help = new Label("Type to filter, arrows to move, Enter to choose the place, Shift+Enter to put it "
                + "where shown below, Esc to cancel");
        WrappedText.wrap(help);
        Label where = new Label();
        where.setId("tile-type-place");
        WrappedText.wrap(where);
        ListView<ReadyTile> list = new ListView<>();
        list.setId("tile-type-list");
        list.setAccessibleText("Tile types and ready tiles");
        list.setPrefSize(380, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ReadyTile tile, boolean empty) {
                super.updateItem(tile, empty);
                setText(empty || tile == null ? null : tile.label());
                setAccessibleText(empty || tile == null ? null : tile.label() + ": " + tile.type().description());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, tile) -> {
            where.setText(tile == null ? "Nothing matches: Backspace to take a character back" : model.whereItGoes(tile));
            where.setAccessibleText(where.getText());
            list.setAccessibleHelp(where.getText());
        });
        Runnable refresh = () -> {
            list.getItems().setAll(model.matching(typed.toString()));
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
            filter.setText(typed.length() == 0 ? "All tile types, then the store's records" : "Matching \u201c" + typed + "\u201d");
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
                Platform.runLater(stage::close); // not during the key event: GTK crashes on a window gone mid-event
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                ReadyTile tile = list.getSelectionModel().getSelectedItem();
                e.consume();
                if (tile != null) {
                    boolean now = e.isShiftDown();
                    Platform.runLater(() -> {
                        stage.close();
                        if (now) {
                            choice.insertNow(tile);
                        } else {
                            choice.choosePlace(tile);
                        }
                    });
                }
            }
        });
        VBox root = new VBox(help, filter, list, where);
        root.getStyleClass().add(StyleClass.TILE_TYPE_PICKER);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnShown(e -> list.requestFocus());
        stage.show();
        list.requestFocus();
        KeyHandoff.install(owner, stage);
    }
}
