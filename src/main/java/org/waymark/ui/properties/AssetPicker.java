package org.waymark.ui.properties;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.waymark.model.tile.Tile;

/**
 * The field that picks the store record a tile points at (its email, message, form, segment…): a searchable
 * list of the catalog's names, checked against the catalog before it is applied, with a warning when the tile
 * points at a record this store does not have.
 */
final class AssetPicker {

    private final EditContext context;
    private final Supplier<Tile> tile;
    private final SearchableComboBox box = new SearchableComboBox();
    private final Field field;
    private String kindLabel;
    private final Consumer<Tile> apply;

    AssetPicker(EditContext context, Supplier<Tile> tile, Consumer<Tile> apply) {
        this(context, tile, apply, null);
    }

    /** A picker with {@code beside} (a button) to the right of the list. */
    AssetPicker(EditContext context, Supplier<Tile> tile, Consumer<Tile> apply, Node beside) {
        this.context = context;
        this.tile = tile;
        this.apply = apply;
        AssetReferenceViewModel references = context.references();
        box.setId("property-" + references.fieldOf(tile.get()));
        kindLabel = references.label(tile.get());
        Node content = box;
        if (beside != null) {
            HBox.setHgrow(box, Priority.ALWAYS);
            content = new HBox(6, box, beside);
        }
        field = new Field(kindLabel, content, box);
        describe();
        box.onPick(typed -> {
            Checked<String> name = references.check(this.tile.get(), typed);
            if (name.isValid()) {
                field.clear();
                this.apply.accept(references.with(this.tile.get(), name.value()));
            } else {
                field.error(name.problem());
            }
        });
        box.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                reloadChoices(); // content created or renamed in the Content tab since the tile was selected
            }
        });
        box.onFilter(count -> {
            if (count == 0) {
                field.note("No " + references.kindOf(this.tile.get()).orElseThrow().label() + " matches what you typed");
            } else {
                update();
            }
        });
    }

    Field field() {
        return field;
    }

    SearchableComboBox box() {
        return box;
    }

    /** Reloads the names (after the kind changed or a record was created). */
    void reloadChoices() {
        box.setChoices(context.references().choices(tile.get()));
    }

    /** Shows the tile's record, with a warning when it is missing from the store or not chosen yet. */
    void update() {
        AssetReferenceViewModel references = context.references();
        String label = references.label(tile.get());
        if (!label.equals(kindLabel)) {
            kindLabel = label;
            field.label().setText(label);
            describe();
            reloadChoices();
        }
        box.show(references.current(tile.get()));
        String kind = references.kindOf(tile.get()).orElseThrow().label();
        String missing = references.current(tile.get()).isBlank() ? "No " + kind + " chosen yet" : null;
        field.problems(null, references.warning(tile.get()).orElse(missing));
    }

    private void describe() {
        String kind = context.references().kindOf(tile.get()).orElseThrow().label();
        box.setPromptText("Type to search, or pick a " + kind);
        box.setAccessibleText(kindLabel + ". The " + kind + " this tile uses; type part of its name to narrow the list");
    }
}
