package org.waymark.ui.edit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+S (Cmd+S) where the keyboard is inside an editor other than the journey designer — a content asset, a
 * segment — saves what that editor holds, as its Save button does, instead of the open journey (File ▸ Save).
 */
public final class SaveKey {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private SaveKey() {
    }

    /** Ctrl+S with the focus in {@code editor} runs {@code save}, and the window's own Save does not run. */
    public static void install(Node editor, Runnable save) {
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save.run();
            }
        });
    }
}
