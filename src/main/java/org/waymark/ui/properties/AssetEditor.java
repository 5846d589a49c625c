package org.waymark.ui.properties;

import javafx.scene.control.Button;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.EmailTile;
import org.waymark.model.tile.Tile;

/**
 * Editor of a tile whose only setting is the record it uses: email (with "New email…"), text message, push
 * notification, marketing page, form, event, and the form-submitted start.
 */
final class AssetEditor extends TileEditor<Tile> {

    private final AssetPicker picker;

    AssetEditor(EditContext context, Tile tile, Journey journey) {
        super(context, Tile.class, tile, journey);
        String field = context.references().fieldOf(tile);
        Button create = null;
        if (tile instanceof EmailTile) {
            create = new Button("New email…");
            create.setId("property-new-email");
            create.setMinWidth(Button.USE_PREF_SIZE);
            create.setAccessibleText("New email. Creates a draft marketing email with a name and subject, and "
                    + "chooses it for this tile");
            create.setOnAction(e -> createEmail());
        }
        picker = new AssetPicker(context, this::tile, edited -> apply(edited, field), create);
        picker.reloadChoices();
        add(picker.field());
    }

    @Override
    protected void update() {
        picker.update();
    }

    private void createEmail() {
        new NewEmailDialog(new NewEmailViewModel(context.assets()), picker.box().getScene().getWindow())
                .showAndWait().ifPresent(name -> {
                    picker.reloadChoices();
                    apply(context.references().with(tile(), name), "email");
                    picker.box().requestFocus();
                });
    }
}
