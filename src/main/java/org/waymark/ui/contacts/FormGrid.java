package org.waymark.ui.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.waymark.ui.appearance.StyleClass;

/**
 * A two-column form: a label (with its mnemonic, labelling its control for screen readers) and a control per row.
 * Each control is known by its field ("first_name") so a problem can mark it.
 */
final class FormGrid extends GridPane {

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private int rows;

    FormGrid() {
        setHgap(10);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut: the fields give way
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A text field bound both ways to {@code value}; {@code label} may hold a mnemonic ("_City"). */
    TextField text(String label, String field, String id, StringProperty value) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setPrefColumnCount(28);
        add(label, field, id, input);
        return input;
    }

    /** A drop-down of {@code items} bound both ways to {@code value}. */
    <T> ComboBox<T> choice(String label, String field, String id, ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> input = new ComboBox<>(items);
        input.valueProperty().bindBidirectional(value);
        input.setMaxWidth(Double.MAX_VALUE);
        add(label, field, id, input);
        return input;
    }

    /** Any control, as row of its own. */
    void add(String label, String field, String id, Control control) {
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        caption.setLabelFor(control);
        String plain = label.replace("_", "");
        control.setId(id);
        control.setAccessibleText(plain);
        controls.put(field, control);
        add(caption, 0, rows);
        add(control, 1, rows);
        rows++;
    }

    /** Another node spanning both columns (a heading, a list). */
    void wide(Node node) {
        add(node, 0, rows, 2, 1);
        rows++;
    }

    /** Marks each control whose field has a problem, and says the problem to screen readers. */
    void markProblems(Function<String, String> problemOf) {
        controls.forEach((field, control) -> {
            String problem = problemOf.apply(field);
            control.getStyleClass().remove(StyleClass.INVALID_FIELD);
            control.setAccessibleHelp(problem);
            if (problem != null) {
                control.getStyleClass().add(StyleClass.INVALID_FIELD);
            }
        });
    }

    /** The control of the first field with a problem, or null. */
    Control firstWithProblem(Function<String, String> problemOf) {
        return controls.entrySet().stream().filter(e -> problemOf.apply(e.getKey()) != null)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
