package org.waymark.ui.properties;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.WrappedText;

/**
 * One field of a form: a label above its control(s), an optional hint, and a message line below that says
 * what is wrong (error), worth checking (warning) or worth knowing (note). The label is the control's label
 * for screen readers and mnemonics; the message is also the control's accessible help.
 */
public final class Field extends VBox {

    private static final List<String> LEVELS = List.of(StyleClass.ERROR, StyleClass.WARNING, StyleClass.NOTE);

    private final Label label;
    private final Label hint = new Label();
    private final Label message = new Label();
    private final List<Control> controls;

    /** A field whose content is {@code content}; {@code controls} are what the label and messages describe. */
    public Field(String labelText, Node content, Control... controls) {
        this.controls = List.of(controls);
        label = new Label(labelText);
        label.getStyleClass().add(StyleClass.FIELD_LABEL);
        WrappedText.wrap(label);
        if (controls.length > 0) {
            label.setLabelFor(controls[0]);
        }
        label.setMinHeight(Label.USE_PREF_SIZE);
        for (Label line : List.of(hint, message)) {
            WrappedText.wrap(line);
            line.setMinHeight(Label.USE_PREF_SIZE);
            line.setManaged(false);
            line.setVisible(false);
        }
        hint.getStyleClass().add(StyleClass.FIELD_HINT);
        message.getStyleClass().add(StyleClass.FIELD_MESSAGE);
        getStyleClass().add(StyleClass.FIELD);
        getChildren().addAll(label, content, hint, message);
    }

    /** A field of one control, named for screen readers "label. help". */
    public static Field of(String labelText, Control control, String help) {
        control.setAccessibleText(labelText + ". " + help);
        return new Field(labelText, control, control);
    }

    /** A line under the control that is always there, e.g. "Empty: the journey owner". */
    public Field hint(String text) {
        show(hint, text);
        return this;
    }

    public void error(String text) {
        message(text, StyleClass.ERROR);
    }

    public void warning(String text) {
        message(text, StyleClass.WARNING);
    }

    public void note(String text) {
        message(text, StyleClass.NOTE);
    }

    public void clear() {
        message(null, null);
    }

    /** Shows the first non-null of an error and a warning, or clears the message. */
    public void problems(String errorText, String warningText) {
        if (errorText != null) {
            error(errorText);
        } else if (warningText != null) {
            warning(warningText);
        } else {
            clear();
        }
    }

    public boolean showsError() {
        return message.isVisible() && message.getStyleClass().contains(StyleClass.ERROR);
    }

    public Label label() {
        return label;
    }

    private void message(String text, String level) {
        message.getStyleClass().removeAll(LEVELS);
        if (level != null) {
            message.getStyleClass().add(level);
        }
        show(message, text);
        String prefix = StyleClass.ERROR.equals(level) ? "Error: "
                : StyleClass.WARNING.equals(level) ? "Warning: " : "";
        controls.forEach(c -> c.setAccessibleHelp(text == null ? null : prefix + text));
    }

    private static void show(Label line, String text) {
        boolean shown = text != null && !text.isBlank();
        line.setText(shown ? text : "");
        line.setManaged(shown);
        line.setVisible(shown);
    }
}
