package org.waymark.ui.properties;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.waymark.ui.appearance.StyleClass;

/**
 * A picker for one name out of many (an email, a segment, a time zone) that filters its list as you type.
 * A choice is reported once: when a name is picked from the list, when Enter is pressed, or when the focus
 * leaves with changed text. What was typed stays in the box until the journey's value changes, so a name
 * that was refused can be corrected rather than retyped.
 */
public final class SearchableComboBox extends ComboBox<String> {

    private final ObservableList<String> all = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(all);
    private final Synced<String> synced;
    private Consumer<String> onPick = name -> { };
    private Consumer<Integer> onFilter = count -> { };
    private String current = "";

    public SearchableComboBox() {
        setEditable(true);
        setItems(shown);
        setMaxWidth(Double.MAX_VALUE);
        setVisibleRowCount(12);
        getStyleClass().add(StyleClass.SEARCHABLE_COMBO_BOX);
        synced = new Synced<>(value -> {
            current = value == null ? "" : value;
            shown.setPredicate(null);
            setValue(current);
            getEditor().setText(current);
        });
        getEditor().textProperty().addListener((o, before, text) -> {
            if (!synced.writing() && getEditor().isFocused()) {
                Platform.runLater(() -> filter(text));
            }
        });
        valueProperty().addListener((o, before, value) -> {
            if (!synced.writing() && value != null && isShowing()) {
                pick(value);
            }
        });
        setOnAction(e -> {
            if (!synced.writing() && !isShowing()) {
                pick(getEditor().getText());
            }
        });
        setOnHidden(e -> {
            if (!synced.writing()) {
                synced.quietly(() -> shown.setPredicate(null));
            }
        });
        getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !synced.writing()) {
                pick(getEditor().getText());
            }
        });
        getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !isShowing() && !getEditor().getText().equals(current)) {
                synced.quietly(() -> getEditor().setText(current));
                onFilter.accept(-1);
                e.consume();
            }
        });
    }

    /** The names to choose from. */
    public void setChoices(List<String> names) {
        synced.quietly(() -> {
            String text = getEditor().getText();
            all.setAll(names);
            getEditor().setText(text);
        });
    }

    /** Shows the journey's value; typed text is only replaced when that value changed. */
    public void show(String value) {
        synced.show(value == null ? "" : value);
    }

    /** Called with the picked or typed name (trimmed) when the user settles on one that differs from the value. */
    public void onPick(Consumer<String> handler) {
        onPick = handler;
    }

    /** Called while typing with the number of names that match (-1 when typing was undone with Escape). */
    public void onFilter(Consumer<Integer> handler) {
        onFilter = handler;
    }

    private void filter(String text) {
        if (synced.writing() || !getEditor().isFocused()) {
            return;
        }
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        synced.quietly(() -> {
            shown.setPredicate(needle.isEmpty() || needle.equals(current.toLowerCase(Locale.ROOT)) ? null
                    : name -> name.toLowerCase(Locale.ROOT).contains(needle));
            if (!getEditor().getText().equals(text)) {
                getEditor().setText(text);
                getEditor().end();
            }
        });
        onFilter.accept(shown.size());
        if (!shown.isEmpty() && !isShowing()) {
            show();
        } else if (shown.isEmpty() && isShowing()) {
            hide();
        }
    }

    private void pick(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (!trimmed.equals(current)) {
            onPick.accept(trimmed);
        }
    }
}
