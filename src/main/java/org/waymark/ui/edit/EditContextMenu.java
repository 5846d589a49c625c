package org.waymark.ui.edit;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's context menu: the same edits as the Edit menu, on the tiles under the pointer. */
public final class EditContextMenu extends ContextMenu {

    public EditContextMenu(EditActions actions) {
        MenuItem undo = item("Undo", actions::undo, actions.canUndoProperty());
        undo.textProperty().bind(actions.undoTextProperty());
        MenuItem redo = item("Redo", actions::redo, actions.canRedoProperty());
        redo.textProperty().bind(actions.redoTextProperty());
        getItems().addAll(
                item("Cut", actions::cut, actions.hasSelectionProperty()),
                item("Copy", actions::copy, actions.hasSelectionProperty()),
                item("Paste", actions::paste, actions.canPasteProperty()),
                item("Duplicate", actions::duplicate, actions.hasSelectionProperty()),
                item("Delete", actions::delete, actions.hasSelectionProperty()),
                new SeparatorMenuItem(),
                item("Select all", actions::selectAll, actions.hasJourneyProperty()),
                new SeparatorMenuItem(), undo, redo);
        getStyleClass().add("canvas-menu");
    }

    /**
     * Without shortcuts: a control registers its context menu's shortcuts in the scene, where they would replace
     * the Edit menu's, which also know when the designer is hidden.
     */
    private static MenuItem item(String text, Runnable action, ObservableBooleanValue enabled) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(javafx.beans.binding.BooleanExpression.booleanExpression(enabled).not());
        return item;
    }
}
