package org.waymark.ui.properties;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.Tile;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.canvas.TileIcons;

/**
 * The editor of one selected tile: a heading with the tile's type, its name field, and the fields of its type
 * that subclasses add. {@link #refresh} shows the tile as it is now in the journey (after each edit, undo or
 * redo) without rebuilding the controls, so focus and caret stay where they are.
 */
abstract class TileEditor<T extends Tile> {

    protected final EditContext context;
    private final Class<T> type;
    private final String tileId;
    private final VBox root = new VBox();
    private final TextField name = new TextField();
    private final Synced<String> nameSync = Synced.text(name);
    private T tile;
    private Journey journey;

    TileEditor(EditContext context, Class<T> type, T tile, Journey journey) {
        this.context = context;
        this.type = type;
        this.tileId = tile.id();
        this.tile = tile;
        this.journey = journey;
        root.getStyleClass().add(StyleClass.TILE_EDITOR);
        Label heading = new Label(tile.type().label(), new TileIcons().icon(tile.type()));
        heading.getStyleClass().add(StyleClass.EDITOR_HEADING);
        Label description = new Label(tile.type().description());
        description.getStyleClass().add(StyleClass.EDITOR_DESCRIPTION);
        WrappedText.wrap(description);
        description.setMinHeight(Label.USE_PREF_SIZE);
        HBox head = new HBox(heading);
        head.getStyleClass().add(StyleClass.Hooks.EDITOR_HEAD);
        name.setId("property-name");
        name.setPromptText(tile.type().label());
        name.textProperty().addListener((o, before, text) -> {
            if (!nameSync.writing()) {
                context.replace(context.changes().withName(tile(), text), "name");
            }
        });
        root.getChildren().addAll(head, description, Field.of("Name", name, "The name shown on the tile; when empty, "
                + "the tile shows its type"));
    }

    /** Makes {@code control} the one Enter on the tile reaches (else the first field after the name). */
    protected static void markMainSetting(Node control) {
        control.getStyleClass().add(StyleClass.Hooks.MAIN_SETTING);
    }

    /** Adds fields below the name, in Tab order. */
    protected final void add(Node... nodes) {
        root.getChildren().addAll(nodes);
    }

    final Node view() {
        return root;
    }

    final String tileId() {
        return tileId;
    }

    /** The type of the tile this editor was made for. */
    final org.waymark.model.tile.TileType tileType() {
        return tile.type();
    }

    /** Shows the tile as it now is in {@code now}. */
    final void refresh(Tile now, Journey nowJourney) {
        this.tile = type.cast(now);
        this.journey = nowJourney;
        nameSync.show(tile.name());
        update();
    }

    /** Writes the tile's values into the controls (only those whose values changed, via {@link Synced}). */
    protected abstract void update();

    /** The tile as it is now. */
    protected final T tile() {
        return tile;
    }

    protected final Journey journey() {
        return journey;
    }

    /** Replaces the tile by an edited copy; see {@link EditContext#replace}. */
    protected final boolean apply(Tile edited, String field) {
        return context.replace(edited, field);
    }
}
