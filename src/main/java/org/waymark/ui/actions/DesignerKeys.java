package org.waymark.ui.actions;

import java.util.List;

/**
 * The keys that mean something in one part of the window only (the canvas, the list of tile types, the place
 * chooser, the simulation's progress card, the timeline), listed in the shortcut overlay after the actions. They are handled where they work
 * ({@code KeyboardDesigner}, {@code PlaceChooser}, {@code DesignerFocus}); {@code docs/keyboard.md} lists them too.
 */
public final class DesignerKeys {

    private static final String CANVAS = "Canvas";
    private static final String ADDING = "Adding a tile";
    private static final String WINDOW = "Window";
    private static final String SIMULATING = "Simulating";
    private static final String TIMELINE = "Timeline";

    public List<KeyHelp> all() {
        return List.of(
                KeyHelp.local(ADDING, "Type letters", "Narrow the list of tile types and ready tiles: \"york\" finds "
                        + "\"Segment group · Newsletter subscribers in New York\""),
                KeyHelp.local(ADDING, "Up, Down", "Move in the list of tile types"),
                KeyHelp.local(ADDING, "Enter", "Choose the tile type, then insert at the chosen place"),
                KeyHelp.local(ADDING, "Shift+Enter", "Insert at once where the list says: the place the numbered "
                        + "places start at"),
                KeyHelp.local(ADDING, "Left, Right, Up, Down", "Previous / next numbered place"),
                KeyHelp.local(ADDING, "1 … 9", "Jump to the place with that number"),
                KeyHelp.local(ADDING, "Esc", "Cancel adding the tile"),
                KeyHelp.local(CANVAS, "Tab, Shift+Tab", "Next / previous tile in reading order"),
                KeyHelp.local(CANVAS, "Right, Left", "Next / previous tile along the path"),
                KeyHelp.local(CANVAS, "Down, Up", "The tile of the lane below / above"),
                KeyHelp.local(CANVAS, "Enter", "Into a segment group or email: its first nested tile; on a tile holding "
                        + "none, its main setting in Properties"),
                KeyHelp.local(CANVAS, "A letter", "Add tile, with the letter already typed into the list"),
                KeyHelp.local(CANVAS, "Esc", "Out of a container; on a top-level tile, clear the selection"),
                KeyHelp.local(CANVAS, "Home, End", "First / last tile of the journey"),
                KeyHelp.local(CANVAS, "Alt+Right, Alt+Left", "Move the selected tile to the next / previous place"),
                KeyHelp.local(CANVAS, "F2", "Rename the selected tile (its Properties name field; Enter there comes back to the tile)"),
                KeyHelp.local(CANVAS, "Shift+F10, Menu key", "The canvas menu at the selected tile"),
                KeyHelp.local(WINDOW, "F6, Shift+F6", "Next / previous part of the window: journey list, then toolbox, canvas and "
                        + "properties in the designer, or the parts of the tab shown"),
                KeyHelp.local(WINDOW, "Alt, F10", "The menu bar"),
                KeyHelp.local(SIMULATING, "Esc", "On the progress card: cancel the simulation; nothing is saved"),
                KeyHelp.local(TIMELINE, "Enter, Space", "Expand the item: the message as received and, for an email, "
                        + "what the contact did with it; again to collapse"),
                KeyHelp.local(TIMELINE, "Ctrl+Enter", "Open the item's web address in the browser"),
                KeyHelp.local(TIMELINE, "Enter", "In the search box: search now"));
    }
}
