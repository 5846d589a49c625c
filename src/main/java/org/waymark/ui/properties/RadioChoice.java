package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import org.waymark.ui.appearance.StyleClass;

/**
 * A choice among a few values as radio buttons in a row: Tab reaches the chosen one, the arrow keys move
 * between them. Each button is named for screen readers with the question it answers.
 */
public final class RadioChoice<E> extends FlowPane {

    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioButton> buttons = new ArrayList<>();
    private final List<E> values;
    private boolean writing;
    private Consumer<E> onChange = value -> { };

    public RadioChoice(String idPrefix, List<E> values, Function<E, String> label, String question, String help) {
        super(14, 4);
        this.values = List.copyOf(values);
        getStyleClass().add(StyleClass.RADIO_CHOICE);
        for (E value : values) {
            RadioButton button = new RadioButton(label.apply(value));
            button.setToggleGroup(group);
            button.setId(idPrefix + "-" + value.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setAccessibleText(question + ": " + label.apply(value) + ". " + help);
            buttons.add(button);
        }
        getChildren().addAll(buttons);
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (!writing && now != null) {
                onChange.accept(this.values.get(buttons.indexOf((RadioButton) now)));
            }
        });
    }

    public void onChange(Consumer<E> handler) {
        onChange = handler;
    }

    /** Shows the journey's value (without reporting it as a change). */
    public void show(E value) {
        if (java.util.Objects.equals(value, selected())) {
            return;
        }
        int index = values.indexOf(value);
        writing = true;
        try {
            group.selectToggle(index < 0 ? null : buttons.get(index));
        } finally {
            writing = false;
        }
    }

    /** The first button, for a field's label to point at. */
    public RadioButton first() {
        return buttons.get(0);
    }

    public E selected() {
        Toggle toggle = group.getSelectedToggle();
        return toggle == null ? null : values.get(buttons.indexOf((RadioButton) toggle));
    }
}
