package org.waymark.ui.content;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.window.ButtonRow;
import org.waymark.ui.properties.Field;

/** The controls the asset editors are built of: labelled text fields and areas, check boxes, and lists of rows. */
final class EditorForms {

    private EditorForms() {
    }

    static Field text(String label, String id, StringProperty value, String help) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return Field.of(label, field, help);
    }

    static Field area(String label, String id, StringProperty value, int rows, String help) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return Field.of(label, area, help);
    }

    /** A text field inside a row, named for screen readers as "Link 2 URL". */
    static TextField cell(String accessible, String prompt, StringProperty value, double width) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setAccessibleText(accessible);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    static CheckBox check(String text, String accessible, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setAccessibleText(accessible);
        box.selectedProperty().bindBidirectional(value);
        box.setMinWidth(CheckBox.USE_PREF_SIZE);
        return box;
    }

    /**
     * A titled list of rows with a button that adds one: {@code row} builds a row's controls from its item and its
     * number (from 1); a Remove button ends each row. Rows are rebuilt only when items come or go, so typing in a
     * row keeps its focus.
     */
    static <T> VBox rows(String title, String id, ObservableList<T> items, RowBuilder<T> row, String addText,
                         Function<ObservableList<T>, T> add) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StyleClass.FIELD_LABEL);
        VBox lines = new VBox(4);
        lines.setId(id);
        Runnable rebuild = () -> {
            lines.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                Button remove = new Button("Remove");
                remove.setAccessibleText("Remove " + title.toLowerCase(java.util.Locale.ROOT) + " row " + (i + 1));
                remove.setMinWidth(Button.USE_PREF_SIZE);
                remove.setOnAction(e -> items.remove(item));
                ButtonRow line = new ButtonRow(row.build(item, i + 1)); // wraps, never squeezes a field
                line.getChildren().add(remove);
                lines.getChildren().add(line);
            }
        };
        items.addListener((ListChangeListener<T>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated();
            }
            if (structural) {
                rebuild.run();
            }
        });
        rebuild.run();
        Button addButton = new Button(addText);
        addButton.setId(id + "-add");
        addButton.setOnAction(e -> {
            add.apply(items);
            Node last = lines.getChildren().isEmpty() ? null : ((javafx.scene.layout.Pane) lines.getChildren().get(
                    lines.getChildren().size() - 1)).getChildren().get(0);
            if (last != null) {
                last.requestFocus();
            }
        });
        return new VBox(4, heading, lines, addButton);
    }

    /** Builds the controls of one row. */
    @FunctionalInterface
    interface RowBuilder<T> {
        Node[] build(T item, int number);
    }
}
