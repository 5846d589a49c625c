package org.waymark.ui.edit;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo and Redo saying what they take back ("Undo Insert email"), Cut, Copy, Paste, Duplicate,
 * Delete and Select all on the canvas's tiles. Items are disabled when they cannot run, and all of them while
 * the designer is not showing, so that their shortcuts do not act on a journey the user cannot see.
 */
public final class EditMenu extends Menu {

    private final EditActions actions;
    private final BooleanExpression hidden;

    public EditMenu(EditActions actions, ObservableBooleanValue designerShowing) {
        super("_Edit");
        this.actions = actions;
        hidden = BooleanExpression.booleanExpression(designerShowing).not();
        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo, hidden.or(actions.canUndoProperty().not()));
        undo.textProperty().bind(actions.undoTextProperty());
        undo.setId("menu-undo");
        MenuItem redo = item("Redo", "Shortcut+Y", actions::redo, hidden.or(actions.canRedoProperty().not()));
        redo.textProperty().bind(actions.redoTextProperty());
        redo.setId("menu-redo");
        BooleanExpression noSelection = hidden.or(actions.hasSelectionProperty().not());
        getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", actions::cut, noSelection),
                item("_Copy", "Shortcut+C", actions::copy, noSelection),
                item("_Paste", "Shortcut+V", actions::paste, hidden.or(actions.canPasteProperty().not())),
                item("D_uplicate", "Shortcut+D", actions::duplicate, noSelection),
                item("_Delete", "Delete", actions::delete, noSelection), new SeparatorMenuItem(),
                item("Select _all", "Shortcut+A", actions::selectAll, hidden.or(actions.hasJourneyProperty().not())));
    }

    /** Adds "Add tile…" (Ctrl+Shift+A): the keyboard's way to put a new tile on the canvas. */
    public void addTileItem(Runnable addTile) {
        MenuItem item = item("Add _tile…", "Shortcut+Shift+A", addTile, hidden.or(actions.hasJourneyProperty().not()));
        item.setId("menu-add-tile");
        getItems().addAll(new SeparatorMenuItem(), item);
    }

    /** Ctrl+Shift+Z redoes too, as in most editors; a menu item has room for one shortcut only. */
    public void addShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
            MenuItem redo = getItems().get(1);
            if (!redo.isDisable()) {
                actions.redo();
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action, BooleanExpression disabled) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(disabled);
        return item;
    }
}
