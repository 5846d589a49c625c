package org.waymark.ui.edit;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Makes Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z inside a form undo and redo the journey's edits, not just the text
 * of the field that has the focus: every keystroke there is already an edit of the journey, so the journey's
 * history is the one the user means.
 */
public final class UndoKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private UndoKeys() {
    }

    public static void install(Node form, ObservableValue<EditSession> sessions) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            EditSession session = sessions.getValue();
            if (session == null) {
                return;
            }
            if (UNDO.match(e)) {
                session.endTyping();
                session.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                session.redo();
                e.consume();
            }
        });
    }
}
