package org.waymark.ui.settings;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a text area for the next or previous control, as in every other field of the form,
 * instead of typing a tab character (Ctrl+Tab does the same in JavaFX; a form should not trap the keyboard).
 */
final class TabMovesFocus {

    private TabMovesFocus() {
    }

    static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
