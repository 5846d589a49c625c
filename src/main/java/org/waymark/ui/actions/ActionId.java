package org.waymark.ui.actions;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, once: its label (with a mnemonic), the shortcuts that run it (the first is the one
 * menus show), what it does in a sentence for screen readers and the shortcut overlay, its category and an icon
 * name. Menus, tool bars, context menus, buttons, scene shortcuts, the overlay and {@code docs/keyboard.md} all
 * come from this list; what each action does, and when it may run, is bound at start by {@link ActionRegistry}.
 */
public enum ActionId {
    NEW_JOURNEY(ActionCategory.FILE, "_New…", "Create a journey, blank or from a template", "new", "Shortcut+N"),
    OPEN_JOURNEY(ActionCategory.FILE, "_Open", "Open the journey selected in the list", "open", "Shortcut+O"),
    SAVE(ActionCategory.FILE, "_Save", "Save the open journey to the store", "save", "Shortcut+S"),
    SAVE_AS(ActionCategory.FILE, "Save _as…", "Save the open journey under a new name", "save-as",
            "Shortcut+Shift+S"),
    IMPORT(ActionCategory.FILE, "_Import…", "Import a journey file", "import", "Shortcut+I"),
    EXPORT(ActionCategory.FILE, "_Export…", "Export the open journey to a file", "export", "Shortcut+E"),
    EXPORT_PICTURE(ActionCategory.FILE, "Export _picture…", "Save the canvas as a PNG or SVG picture", "picture",
            "Shortcut+Shift+E"),
    SIMULATE(ActionCategory.FILE, "Si_mulate…", "Simulate contacts flowing through the open journey", "simulate",
            "F5"),
    SIMULATE_AGAIN(ActionCategory.FILE, "Simulate a_gain", "Run the last simulation again with the same settings",
            "simulate-again", "Shift+F5"),
    GO_LIVE(ActionCategory.FILE, "Go _live…", "Check the open journey for errors and, if it has none, make it live",
            "go-live", "Shortcut+Shift+L"),
    DELETE_JOURNEY(ActionCategory.FILE, "_Delete…", "Delete the journey selected in the list", "delete-journey",
            "Shortcut+Delete"),
    QUIT(ActionCategory.FILE, "_Quit", "Close Waymark, asking to save unsaved changes", "quit", "Shortcut+Q"),

    UNDO(ActionCategory.EDIT, "_Undo", "Take back the last edit of the journey", "undo", "Shortcut+Z"),
    REDO(ActionCategory.EDIT, "_Redo", "Do again the last edit taken back", "redo", "Shortcut+Y",
            "Shortcut+Shift+Z"),
    CUT(ActionCategory.EDIT, "Cu_t", "Remove the selected tiles and keep them to paste", "cut", "Shortcut+X"),
    COPY(ActionCategory.EDIT, "_Copy", "Keep a copy of the selected tiles to paste", "copy", "Shortcut+C"),
    PASTE(ActionCategory.EDIT, "_Paste", "Put the kept tiles after the selected tile", "paste", "Shortcut+V"),
    DUPLICATE(ActionCategory.EDIT, "D_uplicate", "Put a copy of the selected tiles right after them", "duplicate",
            "Shortcut+D"),
    DELETE_TILES(ActionCategory.EDIT, "_Delete", "Delete the selected tiles", "delete", "Delete"),
    SELECT_ALL(ActionCategory.EDIT, "Select _all", "Select every tile of the journey", "select-all", "Shortcut+A"),
    ADD_TILE(ActionCategory.EDIT, "Add _tile…", "Choose a tile type, then the numbered place to put it",
            "add-tile", "Shortcut+Shift+A"),

    SHOW_JOURNEY(ActionCategory.VIEW, "_Journey", "Show the journey designer", "show-journey", "Shortcut+1"),
    SHOW_CONTACTS(ActionCategory.VIEW, "_Contacts", "Show the contacts and search them", "show-contacts",
            "Shortcut+2"),
    SHOW_ACTIVITIES(ActionCategory.VIEW, "_Activities", "Show the data sources and activities", "show-activities",
            "Shortcut+3"),
    SHOW_EMAILS(ActionCategory.VIEW, "E_mails", "Show what each marketing email achieved", "show-emails",
            "Shortcut+4"),
    SHOW_CONTENT(ActionCategory.VIEW, "Co_ntent", "Show the marketing emails, messages, forms, pages and events",
            "show-content", "Shortcut+5"),
    SHOW_SEGMENTS(ActionCategory.VIEW, "_Segments", "Show the segments and subscription lists", "show-segments",
            "Shortcut+6"),
    ZOOM_IN(ActionCategory.VIEW, "Zoom _in", "Zoom the canvas in", "zoom-in", "Shortcut+Alt+Equals",
            "Shortcut+Alt+Add"),
    ZOOM_OUT(ActionCategory.VIEW, "Zoom _out", "Zoom the canvas out", "zoom-out", "Shortcut+Alt+Minus",
            "Shortcut+Alt+Subtract"),
    ZOOM_ACTUAL(ActionCategory.VIEW, "_Actual size", "Show the canvas at 100 %", "zoom-actual", "Shortcut+Alt+0"),
    ZOOM_FIT(ActionCategory.VIEW, "Zoom to _fit", "Fit the journey in the canvas, never below readable text: a long one scrolls", "zoom-fit", "Shortcut+9"),
    TOGGLE_JOURNEY_LIST(ActionCategory.VIEW, "Journey lis_t", "Show or hide the journey list, giving its room to the "
            + "tab beside it", "journey-list", "Shortcut+Shift+J"),
    TOGGLE_SIDE_PANEL(ActionCategory.VIEW, "Side _panel", "Show or hide the designer's side panel (toolbox, "
            + "properties, settings, data), giving its room to the canvas", "side-panel", "Shortcut+Shift+P"),
    LARGER_UI(ActionCategory.VIEW, "_Larger text and controls", "Scale the whole window up, up to 200 %",
            "ui-larger", "Shortcut+Equals", "Shortcut+Shift+Equals", "Shortcut+Add", "Shortcut+Plus"),
    SMALLER_UI(ActionCategory.VIEW, "_Smaller text and controls", "Scale the whole window down, down to 100 %",
            "ui-smaller", "Shortcut+Minus", "Shortcut+Subtract"),
    ACTUAL_UI(ActionCategory.VIEW, "_Normal size", "Scale the whole window back to 100 %", "ui-actual",
            "Shortcut+0"),
    LIGHT_THEME(ActionCategory.VIEW, "_Light theme", "Dark text on light backgrounds", "theme-light"),
    DARK_THEME(ActionCategory.VIEW, "_Dark theme", "Light text on dark backgrounds", "theme-dark"),
    HIGH_CONTRAST_THEME(ActionCategory.VIEW, "_High contrast theme", "White and yellow on black, thick focus ring",
            "theme-high-contrast"),

    KEYBOARD_SHORTCUTS(ActionCategory.HELP, "_Keyboard shortcuts", "List every command and key, searchable; "
            + "Enter runs the chosen command", "shortcuts", "F1", "Shortcut+Slash");

    private final ActionCategory category;
    private final String label;
    private final String description;
    private final String key;
    private final List<KeyCombination> shortcuts;

    ActionId(ActionCategory category, String label, String description, String key, String... shortcuts) {
        this.category = category;
        this.label = label;
        this.description = description;
        this.key = key;
        this.shortcuts = Arrays.stream(shortcuts).map(KeyCombination::keyCombination).toList();
    }

    public ActionCategory category() {
        return category;
    }

    /** The label with its mnemonic marked by an underscore, as menus take it ("Save _as…"). */
    public String label() {
        return label;
    }

    /** The label as read: "Save as…". */
    public String plainLabel() {
        return label.replace("_", "");
    }

    public String description() {
        return description;
    }

    /** A short stable name for ids and icons: "add-tile" gives the button "add-tile-button". */
    public String key() {
        return key;
    }

    /** Every shortcut that runs the action; the first is the one shown. Empty when it has none. */
    public List<KeyCombination> shortcuts() {
        return shortcuts;
    }

    /** Every shortcut as shown, alternates after " or ": "Ctrl+Y or Ctrl+Shift+Z". */
    public String allShortcutsText() {
        return String.join(" or ", shortcuts.stream().map(KeyCombination::getDisplayText).distinct().toList());
    }

    /** "Ctrl+Shift+A" on Linux and Windows, "⇧⌘A" on a Mac; empty when the action has no shortcut. */
    public String shortcutText() {
        return shortcuts.isEmpty() ? "" : shortcuts.get(0).getDisplayText();
    }
}
