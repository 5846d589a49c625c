package org.waymark.ui.actions;

/** Where an action lives in the menu bar, and the heading it is listed under in the shortcut overlay. */
public enum ActionCategory {
    FILE("File"),
    EDIT("Edit"),
    VIEW("View"),
    HELP("Help");

    private final String title;

    ActionCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
