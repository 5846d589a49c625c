package org.waymark.ui.properties;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.content.AssetCatalog;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.edit.EditSession;

/**
 * The Properties pane beside the canvas: the settings of the one selected tile, or a word on what to do when
 * none or several are selected. Every change is an undoable edit of the session; when the journey changes
 * underneath (undo, redo, an edit on the canvas) the editor shows the new values in place.
 */
public final class PropertiesPane extends ScrollPane {

    static final String STYLESHEET = PropertiesPane.class.getResource("/org/waymark/ui/properties.css").toExternalForm();

    private final ObservableValue<EditSession> session;
    private final AssetCatalog assets;
    private final VBox content = new VBox();
    private final Label refusal = new Label();
    private final ListChangeListener<String> selectionListener = change -> update();
    private final ChangeListener<Journey> journeyListener = (o, before, now) -> update();
    private EditContext context;
    private TileEditor<?> editor;

    public PropertiesPane(ObservableValue<EditSession> session, AssetCatalog assets) {
        this.session = session;
        this.assets = assets;
        getStyleClass().add(StyleClass.PROPERTIES_PANE);
        getStylesheets().add(STYLESHEET);
        setId("properties-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setAccessibleText("Properties of the selected tile");
        content.getStyleClass().add(StyleClass.PROPERTIES_CONTENT);
        refusal.getStyleClass().addAll(StyleClass.FIELD_MESSAGE, StyleClass.ERROR, StyleClass.REFUSAL);
        WrappedText.wrap(refusal);
        refusal.setMinHeight(Label.USE_PREF_SIZE);
        refusal.setId("properties-refusal");
        setContent(content);
        ScrollToFocus.install(this);
        session.addListener((o, before, now) -> {
            if (before != null) {
                before.selection().removeListener(selectionListener);
                before.journeyProperty().removeListener(journeyListener);
            }
            attach(now);
        });
        attach(session.getValue());
    }

    private void attach(EditSession now) {
        editor = null;
        context = null;
        if (now != null) {
            now.selection().addListener(selectionListener);
            now.journeyProperty().addListener(journeyListener);
            context = new EditContext(now, assets, this::showRefusal);
        }
        update();
    }

    private void update() {
        EditSession current = session.getValue();
        if (current == null) {
            editor = null;
            empty("No journey open", "Open a journey to see the properties of its tiles.");
            return;
        }
        int selected = current.selection().size();
        Optional<Tile> tile = current.selectedTile();
        if (tile.isEmpty()) {
            editor = null;
            if (selected > 1) {
                empty(selected + " tiles selected", "Select one tile to see and change its properties.");
            } else {
                empty("Select a tile to see its properties", "Click a tile on the canvas, or Tab to it.");
            }
            return;
        }
        Tile now = tile.get();
        if (editor != null && editor.tileId().equals(now.id()) && editor.tileType() == now.type()
                && editor.view().getParent() == content) {
            editor.refresh(now, current.journey());
            return;
        }
        refusal.setVisible(false);
        refusal.setManaged(false);
        editor = TileEditors.create(context, now, current.journey());
        content.getChildren().setAll(refusal, editor.view());
        setVvalue(0);
    }

    private void empty(String title, String detail) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClass.EMPTY_TITLE);
        heading.setId("properties-empty");
        WrappedText.wrap(heading);
        Label text = new Label(detail);
        text.getStyleClass().add(StyleClass.EMPTY_DETAIL);
        WrappedText.wrap(text);
        VBox box = new VBox(6, heading, text);
        box.getStyleClass().add(StyleClass.PROPERTIES_EMPTY);
        content.getChildren().setAll(box);
    }

    private void showRefusal(String reason) {
        boolean shown = reason != null;
        refusal.setText(shown ? "Not changed: " + reason : "");
        refusal.setVisible(shown);
        refusal.setManaged(shown);
    }
}
