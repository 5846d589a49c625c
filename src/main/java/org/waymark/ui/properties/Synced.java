package org.waymark.ui.properties;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.TextInputControl;

/**
 * Keeps one control in step with one value of the journey without fighting the user: the control is only
 * written when the journey's value changes (an undo, a change elsewhere), never because of what the user is
 * typing, so the caret stays put and text that was refused stays for the user to fix. While it writes, the
 * control's own listeners know to ignore the change.
 */
public final class Synced<T> {

    private final Consumer<T> writer;
    private T seen;
    private boolean hasSeen;
    private boolean writing;

    public Synced(Consumer<T> writer) {
        this.writer = writer;
    }

    /** For a text control: writes the text only when it differs from what the control holds. */
    public static Synced<String> text(TextInputControl control) {
        return new Synced<>(value -> setText(control, value));
    }

    /** Sets the control's text unless it already holds it (so the caret stays where it is). */
    public static void setText(TextInputControl control, String value) {
        String text = value == null ? "" : value;
        if (!text.equals(control.getText())) {
            control.setText(text);
        }
    }

    /** For a whole number typed as text: "050" already shows 50, so it is left as typed. */
    public static Synced<Integer> integer(TextInputControl control) {
        return new Synced<>(value -> {
            Integer shown;
            try {
                shown = Integer.valueOf(control.getText().trim());
            } catch (NumberFormatException e) {
                shown = null;
            }
            if (!Objects.equals(shown, value)) {
                control.setText(value == null ? "" : value.toString());
            }
        });
    }

    /** Shows the journey's value; returns true when it changed since last shown (the control was written). */
    public boolean show(T value) {
        if (hasSeen && Objects.equals(value, seen)) {
            return false;
        }
        hasSeen = true;
        seen = value;
        writing = true;
        try {
            writer.accept(value);
        } finally {
            writing = false;
        }
        return true;
    }

    /** True while the control is being written from the journey: a change now is not the user's. */
    public boolean writing() {
        return writing;
    }

    /** Runs {@code work} as a write from the journey (for controls updated together). */
    public void quietly(Runnable work) {
        boolean was = writing;
        writing = true;
        try {
            work.run();
        } finally {
            writing = was;
        }
    }
}
