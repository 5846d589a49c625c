package org.waymark.model.edit;

/** An edit the user can undo: it does its work in {@link #execute()}, and {@link #undo()} takes it back. */
public interface Command {

    void execute();

    void undo();

    /** What the edit does, for the Edit menu: "Insert email", "Move 'Reminder'". */
    String description();

    /**
     * Absorbs {@code next}, already executed, when the two are one step for the user (typing in one field,
     * repeated nudges); returns true when it did, and then undoing this undoes both.
     */
    default boolean absorb(Command next) {
        return false;
    }
}
