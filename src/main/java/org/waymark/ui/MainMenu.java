package org.waymark.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.waymark.ui.canvas.JourneyCanvasViewModel;
import org.waymark.ui.edit.EditMenu;
import org.waymark.ui.journeys.JourneyActions;

/**
 * The menu bar: File for journey commands, Edit for the designer's edits, View for the canvas zoom and switching
 * between tabs.
 */
final class MainMenu extends MenuBar {

    MainMenu(JourneyActions actions, EditMenu edit, JourneyCanvasViewModel canvas, Runnable zoomToFit,
             Runnable exportPicture, Runnable showJourney, Runnable showContacts, Runnable quit) {
        Menu file = new Menu("_File");
        MenuItem open = item("_Open", "Shortcut+O", actions::openSelected);
        open.disableProperty().bind(actions.nothingSelected());
        MenuItem save = item("_Save", "Shortcut+S", actions::save);
        save.disableProperty().bind(actions.nothingOpen());
        MenuItem saveAs = item("Save _as…", "Shortcut+Shift+S", actions::saveAs);
        saveAs.disableProperty().bind(actions.nothingOpen());
        MenuItem export = item("_Export…", "Shortcut+E", actions::exportFile);
        export.disableProperty().bind(actions.nothingOpen());
        MenuItem picture = item("Export _picture…", "Shortcut+Shift+E", exportPicture);
        picture.disableProperty().bind(actions.nothingOpen());
        MenuItem delete = item("_Delete…", "Shortcut+Delete", actions::deleteSelected);
        delete.disableProperty().bind(actions.nothingSelected());
        file.getItems().addAll(
                item("_New…", "Shortcut+N", actions::newJourney), open, save, saveAs, new SeparatorMenuItem(),
                item("_Import…", "Shortcut+I", actions::importFile), export, picture, new SeparatorMenuItem(),
                delete, new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", quit));

        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Journey", "Shortcut+1", showJourney),
                item("_Contacts", "Shortcut+2", showContacts), new SeparatorMenuItem(),
                item("Zoom _in", "Shortcut+Equals", canvas::zoomIn),
                item("Zoom _out", "Shortcut+Minus", canvas::zoomOut),
                item("_Actual size", "Shortcut+0", canvas::resetZoom),
                item("Zoom to _fit", "Shortcut+9", zoomToFit));
        getMenus().addAll(file, edit, view);
        setAccessibleText("Main menu");
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
