package org.waymark.ui.actions;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;
import org.waymark.ui.window.KeyHandoff;

/**
 * F1 or Ctrl+/: every command and key in a searchable list over the window. The focus starts in the search field;
 * Down goes to the list; Enter runs the chosen command (after the overlay has closed, so that it acts on the
 * window); Esc closes. Both close once the key event is over: GTK's glass crashes when a window goes away while
 * it is still handling a key of that window. Keys that only work in one part of the window are listed but do not run from here.
 */
public final class ShortcutOverlay {

    private final ActionRegistry registry;
    private final DesignerKeys keys;

    public ShortcutOverlay(ActionRegistry registry, DesignerKeys keys) {
        this.registry = registry;
        this.keys = keys;
    }

    public void show(Window owner) {
        ShortcutList model = new ShortcutList(keys);
        Stage stage = new Stage();
        stage.initOwner(owner);
        // not modal: a modal window's owner drops the keys typed before the focus has moved over (see TileTypePicker)
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now && stage.isShowing()) {
                Platform.runLater(stage::close);
            }
        });
        stage.setTitle("Keyboard shortcuts");

        TextField search = new TextField();
        search.setId("shortcut-search");
        search.setPromptText("Search commands and keys");
        search.setAccessibleText("Search commands and keys");
        search.textProperty().bindBidirectional(model.searchProperty());
        Label count = new Label(model.countText());
        count.setId("shortcut-count");
        count.getStyleClass().add(StyleClass.MUTED);
        model.shown().addListener((javafx.collections.ListChangeListener<KeyHelp>) c -> count.setText(model.countText()));

        ListView<KeyHelp> list = new ListView<>(model.shown());
        list.setId("shortcut-list");
        list.setAccessibleText("Commands and keys");
        list.setCellFactory(view -> new ShortcutCell());
        list.getSelectionModel().selectFirst();
        model.shown().addListener((javafx.collections.ListChangeListener<KeyHelp>) c -> list.getSelectionModel().selectFirst());
        VBox.setVgrow(list, Priority.ALWAYS);

        Runnable runChosen = () -> {
            KeyHelp chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.runnable() && registry.isBound(chosen.action())) {
                // after the key event is done with the window: GTK crashes if its window goes during the event
                Platform.runLater(() -> {
                    stage.close();
                    registry.run(chosen.action());
                });
            }
        };
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                runChosen.run();
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                runChosen.run();
                e.consume();
            }
        });
        Label help = new Label("Enter runs the chosen command · Esc closes");
        help.getStyleClass().add(StyleClass.MUTED);
        VBox root = new VBox(8, search, count, list, help);
        root.setPadding(new Insets(12));
        root.getStyleClass().add(StyleClass.Hooks.SHORTCUT_OVERLAY);
        Scene scene = owner == null ? new Scene(root, 640, 520)
                : new Scene(root, Math.max(640, owner.getWidth() * 0.7), Math.max(520, owner.getHeight() * 0.75));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                Platform.runLater(stage::close);
                e.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnShown(e -> search.requestFocus());
        stage.show();
        search.requestFocus();
        KeyHandoff.install(owner, stage);
    }

    /** Keys on the left, what they do in the middle, where they work on the right. */
    private static final class ShortcutCell extends ListCell<KeyHelp> {

        ShortcutCell() {
            setPrefWidth(0); // as wide as the list, never wider: a long description wraps instead of scrolling sideways
        }

        @Override
        protected void updateItem(KeyHelp line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label keys = new Label(line.keys().isEmpty() ? "—" : line.keys());
            keys.getStyleClass().add(StyleClass.SHORTCUT_KEYS);
            WrappedText.wrap(keys); // a command with several keys takes two lines rather than losing them
            Label what = new Label(line.what());
            WrappedText.wrap(what);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Label where = new Label(line.where());
            where.getStyleClass().add(StyleClass.MUTED);
            where.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, keys, what, where);
            row.setFillHeight(true);
            setGraphic(row);
            setText(null);
            setAccessibleText(line.spoken());
        }
    }
}
