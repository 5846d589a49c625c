package org.waymark.ui.segments;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.waymark.ui.appearance.StyleClass;
import org.waymark.ui.properties.TypeAhead;

/**
 * One condition of the builder on a line: subject, operator, value (typed or chosen), the days of a behaviour, and
 * Remove. Typing letters in a closed list picks the entry starting with them. Logic lives in {@link ConditionRow}.
 */
final class ConditionRowView extends HBox {

    private final ConditionRow row;
    private final ComboBox<ConditionSubject> subject = new ComboBox<>();
    private final HBox valueBox = new HBox(6);
    private final TextField days = new TextField();
    private final HBox daysBox;
    private Node valueEditor;

    ConditionRowView(ConditionRow row, String place, Runnable remove) {
        this.row = row;
        setAccessibleText(place);
        getStyleClass().add(StyleClass.Hooks.SEGMENT_CONDITION);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        subject.getItems().setAll(ConditionSubject.all());
        subject.valueProperty().bindBidirectional(row.subject());
        subject.setAccessibleText(place + ": what to test");
        subject.getStyleClass().add(StyleClass.Hooks.SEGMENT_SUBJECT);
        subject.setVisibleRowCount(14);
        TypeAhead.install(subject);
        ComboBox<String> operator = new ComboBox<>(row.operators());
        operator.valueProperty().bindBidirectional(row.operator());
        operator.setAccessibleText(place + ": how to compare");
        operator.getStyleClass().add(StyleClass.Hooks.SEGMENT_OPERATOR);
        TypeAhead.install(operator);
        days.textProperty().bindBidirectional(row.days());
        days.setPrefColumnCount(4);
        days.setAccessibleText(place + ": number of days");
        days.getStyleClass().add(StyleClass.Hooks.SEGMENT_DAYS);
        Label in = new Label("in the last");
        Label unit = new Label("days");
        daysBox = new HBox(6, in, days, unit);
        daysBox.setAlignment(Pos.CENTER_LEFT);
        Button removeButton = new Button("Remove");
        removeButton.getStyleClass().add(StyleClass.Hooks.SEGMENT_REMOVE_CONDITION);
        removeButton.setOnAction(e -> remove.run());
        removeButton.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Remove " + place.toLowerCase(java.util.Locale.ROOT) + ": " + row.describe(),
                row.subject(), row.operator(), row.value(), row.days()));
        javafx.scene.layout.FlowPane parts = new javafx.scene.layout.FlowPane(6, 4, subject, operator, valueBox,
                daysBox);
        parts.setAlignment(Pos.CENTER_LEFT);
        parts.setPrefWrapLength(1200);
        HBox.setHgrow(parts, Priority.ALWAYS);
        for (javafx.scene.layout.Region fixed : java.util.List.<javafx.scene.layout.Region>of(subject, operator, in,
                unit, days, removeButton)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(parts, removeButton);
        row.valueKind().addListener(o -> showValueEditor());
        row.subject().addListener(o -> showValueEditor());
        showValueEditor();
    }

    private void showValueEditor() {
        if (valueEditor instanceof TextField text) {
            text.textProperty().unbindBidirectional(row.value());
        } else if (valueEditor instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> choice = (ComboBox<String>) box;
            choice.valueProperty().unbindBidirectional(row.value());
        }
        boolean focused = valueEditor != null && valueEditor.isFocused();
        valueEditor = switch (row.valueKind().get()) {
            case TEXT -> text();
            case CHOICE -> choice();
            case NONE -> null;
        };
        valueBox.getChildren().setAll(valueEditor == null ? java.util.List.of() : java.util.List.of(valueEditor));
        daysBox.setVisible(row.hasDays());
        daysBox.setManaged(row.hasDays());
        if (focused && valueEditor != null) {
            valueEditor.requestFocus();
        }
    }

    private Node text() {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(row.value());
        text.setPromptText("value");
        text.setAccessibleText(getAccessibleText() + ": value");
        text.getStyleClass().add(StyleClass.Hooks.SEGMENT_VALUE);
        text.setPrefColumnCount(12);
        return text;
    }

    private Node choice() {
        ComboBox<String> box = new ComboBox<>(row.valueChoices());
        box.valueProperty().bindBidirectional(row.value());
        box.setAccessibleText(getAccessibleText() + ": value");
        box.getStyleClass().add(StyleClass.Hooks.SEGMENT_VALUE);
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        TypeAhead.install(box);
        return box;
    }

    /** Puts the keyboard on the subject, the first control of the row. */
    void focusFirst() {
        subject.requestFocus();
    }
}
