package org.waymark.ui.actions;

/**
 * One line of the shortcut overlay: the keys, what they do, and where they work ("Canvas", "File", …). A line made
 * from an action carries its id, so that the overlay can run it; a key that only means something in one place
 * (the arrows on the canvas) has none.
 */
public record KeyHelp(String keys, String what, String where, ActionId action) {

    public static KeyHelp local(String where, String keys, String what) {
        return new KeyHelp(keys, what, where, null);
    }

    public boolean runnable() {
        return action != null;
    }

    /** What a screen reader says for the line: "Save as…, Ctrl+Shift+S, File". */
    public String spoken() {
        return what + ", " + (keys.isEmpty() ? "no shortcut" : keys) + ", " + where;
    }
}
