package org.waymark.ui.window;

import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Text that takes as many lines as it needs rather than being cut short. Wrapping alone is not enough: a box short
 * of room shrinks a child to its minimum height, one line, and the end of the text turns into "…" again; a text
 * made here is never shorter than its lines. The one way the UI makes text wrap (a rule in {@code UiRulesTest}).
 */
public final class WrappedText {

    private WrappedText() {
    }

    /** {@code labeled}, wrapping its text at its width and as tall as its lines. */
    public static <T extends Labeled> T wrap(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }
}
