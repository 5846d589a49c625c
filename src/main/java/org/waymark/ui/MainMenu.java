package org.waymark.ui;

import static org.waymark.ui.actions.ActionId.*;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import org.waymark.ui.actions.ActionControls;

/**
 * The menu bar, built from the action registry: File for journeys, their simulation and going live, Edit for the designer's
 * edits, View for tabs, canvas zoom, the size of the whole window and the theme, Help for the keyboard shortcuts.
 */
final class MainMenu extends MenuBar {

    MainMenu(ActionControls actions) {
        Menu file = actions.menu("_File", NEW_JOURNEY, OPEN_JOURNEY, SAVE, SAVE_AS, null,
                IMPORT, EXPORT, EXPORT_PICTURE, null, SIMULATE, SIMULATE_AGAIN, null, GO_LIVE, null, DELETE_JOURNEY, null, QUIT);
        Menu edit = actions.menu("_Edit", UNDO, REDO, null, CUT, COPY, PASTE, DUPLICATE, DELETE_TILES, null,
                SELECT_ALL, null, ADD_TILE);
        Menu view = actions.menu("_View", SHOW_JOURNEY, SHOW_CONTACTS, SHOW_ACTIVITIES, SHOW_EMAILS, SHOW_CONTENT,
                SHOW_SEGMENTS, null,
                ZOOM_IN, ZOOM_OUT, ZOOM_ACTUAL, ZOOM_FIT, null,
                TOGGLE_JOURNEY_LIST, TOGGLE_SIDE_PANEL, null,
                LARGER_UI, SMALLER_UI, ACTUAL_UI, null,
                LIGHT_THEME, DARK_THEME, HIGH_CONTRAST_THEME);
        Menu help = actions.menu("_Help", KEYBOARD_SHORTCUTS);
        getMenus().addAll(file, edit, view, help);
        setAccessibleText("Main menu");
    }
}
