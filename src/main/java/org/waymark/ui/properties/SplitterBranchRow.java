package org.waymark.ui.properties;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.tile.SplitMode;
import org.waymark.model.tile.SplitterBranch;
import org.waymark.model.tile.SplitterTile;
import org.waymark.model.tile.ValueOperator;
import org.waymark.model.tile.ValueRule;
import org.waymark.ui.appearance.StyleClass;

/**
 * One branch of a splitter: its name, and its share (percentage mode) or value rule (value mode). The last
 * branch shows what it takes instead: the remainder, or everyone else.
 */
final class SplitterBranchRow extends VBox {

    /** What the row reports: the splitter with this branch changed, and the undo field it changed. */
    interface Changes {
        void name(String name);

        void percent(String text);

        void rule(String field, ValueOperator operator, String value);

        void remove();
    }

    private final TextField name = new TextField();
    private final Synced<String> nameSync = Synced.text(name);
    private final TextField percent = new TextField();
    private final Synced<Integer> percentSync = Synced.integer(percent);
    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<ValueOperator> operator = new ComboBox<>();
    private final TextField value = new TextField();
    private final Synced<ValueRule> ruleSync = new Synced<>(this::writeRule);
    private final Field percentField;
    private final Field ruleField;
    private final Label takes = new Label();
    private final Button remove = new Button("Remove");
    private final Label title = new Label();
    private int index;

    SplitterBranchRow(int index, Changes changes) {
        getStyleClass().add(StyleClass.BRANCH_ROW);
        title.getStyleClass().add(StyleClass.ROW_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        remove.setOnAction(e -> changes.remove());
        HBox head = new HBox(title, gap, remove);
        head.getStyleClass().add(StyleClass.ROW_HEAD);
        name.textProperty().addListener((o, was, now) -> {
            if (!nameSync.writing()) {
                changes.name(now);
            }
        });
        percent.setPrefColumnCount(4);
        percent.textProperty().addListener((o, was, now) -> {
            if (!percentSync.writing()) {
                changes.percent(now);
            }
        });
        Label sign = new Label("%");
        HBox share = new HBox(6, percent, sign);
        share.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        percentField = new Field("Share", share, percent);
        field.setEditable(true);
        field.getItems().setAll(SplitterViewModel.FIELDS);
        field.setPrefWidth(110);
        field.setPromptText("field");
        operator.getItems().setAll(ValueOperator.values());
        operator.setConverter(new StringConverter<>() {
            @Override
            public String toString(ValueOperator op) {
                return op == null ? "" : SplitterViewModel.operatorLabel(op).toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public ValueOperator fromString(String text) {
                return null;
            }
        });
        value.setPrefColumnCount(8);
        Runnable ruleChanged = () -> {
            if (!ruleSync.writing()) {
                changes.rule(field.getEditor().getText(), operator.getValue(), value.getText());
            }
        };
        field.getEditor().textProperty().addListener((o, was, now) -> ruleChanged.run());
        field.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(field.getEditor().getText()) && !ruleSync.writing()) {
                field.getEditor().setText(now);
            }
        });
        operator.valueProperty().addListener((o, was, now) -> ruleChanged.run());
        value.textProperty().addListener((o, was, now) -> ruleChanged.run());
        value.setPromptText("value");
        field.setMaxWidth(Double.MAX_VALUE);
        operator.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox.setHgrow(operator, Priority.ALWAYS);
        VBox rule = new VBox(6, new HBox(6, field, operator), value);
        ruleField = new Field("Contacts whose", rule, field, operator, value);
        takes.getStyleClass().add(StyleClass.BRANCH_TAKES);
        WrappedText.wrap(takes);
        takes.setMinHeight(Label.USE_PREF_SIZE);
        takes.setFocusTraversable(false);
        getChildren().addAll(head, new Field("Name", name, name), percentField, ruleField, takes);
        index(index);
    }

    /** Numbers the row (branches move when one is added or removed before them). */
    void index(int at) {
        this.index = at;
        String branch = "Branch " + (at + 1);
        title.setText(branch);
        remove.setId("property-branch-remove-" + at);
        remove.setAccessibleText("Remove " + branch.toLowerCase(java.util.Locale.ROOT) + " with the tiles on its path");
        name.setId("property-branch-name-" + at);
        name.setAccessibleText("Name. " + branch + ": its name, shown on its path");
        percent.setId("property-branch-percent-" + at);
        percent.setAccessibleText("Share. " + branch + ": the percentage of contacts it takes, 0 to 100");
        field.setId("property-branch-field-" + at);
        field.setAccessibleText("Contacts whose. " + branch + ": the contact field to test, e.g. city");
        operator.setId("property-branch-operator-" + at);
        operator.setAccessibleText(branch + ": comparison");
        value.setId("property-branch-value-" + at);
        value.setAccessibleText(branch + ": the value to compare with");
        takes.setId("property-branch-takes-" + at);
    }

    int index() {
        return index;
    }

    TextField nameBox() {
        return name;
    }

    /**
     * Shows the branch; the last one shows what it takes ({@code lastText}) instead of a share or rule, and
     * {@code sumProblem} when the shares add up to more than 100 %.
     */
    void show(SplitterTile splitter, int index, String lastText, String sumProblem, boolean removable) {
        SplitterBranch branch = splitter.branches().get(index);
        boolean last = index == splitter.branches().size() - 1;
        nameSync.show(branch.name());
        if (percentSync.show(branch.percent()) || sumProblem == null && !percentField.showsError()) {
            percentField.clear();
        }
        ruleSync.show(branch.rule());
        boolean byShare = splitter.mode() == SplitMode.PERCENTAGE;
        visible(percentField, byShare && !last);
        visible(ruleField, !byShare && !last);
        visible(takes, last);
        String text = sumProblem == null ? lastText : lastText + ". " + sumProblem;
        takes.setText(text);
        takes.setAccessibleText("Branch " + (this.index + 1) + " takes: " + text);
        takes.getStyleClass().remove(StyleClass.ERROR);
        if (sumProblem != null) {
            takes.getStyleClass().add(StyleClass.ERROR);
        }
        remove.setDisable(!removable);
    }

    Field percentField() {
        return percentField;
    }

    Field ruleField() {
        return ruleField;
    }

    private void writeRule(ValueRule rule) {
        ValueRule shown = rule == null ? new ValueRule("", ValueOperator.EQUALS, "") : rule;
        Synced.setText(field.getEditor(), shown.field());
        operator.setValue(shown.operator());
        Synced.setText(value, shown.value());
        ruleField.clear();
    }

    private static void visible(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
