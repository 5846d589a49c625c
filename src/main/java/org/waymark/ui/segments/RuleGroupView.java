package org.waymark.ui.segments;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.ui.window.ButtonRow;
import org.waymark.model.segment.GroupMatch;
import org.waymark.ui.appearance.StyleClass;

/**
 * A group of the builder: "All of / Any of / None of the following", its rows indented below it, and buttons to add a
 * condition or a nested group and (for nested groups) to remove the group. A new row takes the keyboard.
 */
final class RuleGroupView extends VBox {

    private final RuleGroupRow group;
    private final String place;
    private final VBox rows = new VBox(6);
    private final ComboBox<GroupMatch> match = new ComboBox<>();
    private final Map<BuilderNode, Node> views = new HashMap<>();

    RuleGroupView(RuleGroupRow group, String place, Runnable removeGroup) {
        this.group = group;
        this.place = place;
        getStyleClass().add(StyleClass.Hooks.SEGMENT_GROUP);
        if (group.depth() > 0) {
            getStyleClass().add(StyleClass.SEGMENT_NESTED_GROUP);
        }
        setSpacing(6);
        match.getItems().setAll(GroupMatch.values());
        match.valueProperty().bindBidirectional(group.match());
        match.setConverter(new StringConverter<>() {
            @Override
            public String toString(GroupMatch value) {
                return value == null ? "" : value.label();
            }

            @Override
            public GroupMatch fromString(String text) {
                return null;
            }
        });
        match.setAccessibleText(place + ": contacts must match");
        match.getStyleClass().add(StyleClass.Hooks.SEGMENT_MATCH);
        org.waymark.ui.properties.TypeAhead.install(match);
        Button addCondition = new Button("Add condition");
        addCondition.getStyleClass().add(StyleClass.Hooks.SEGMENT_ADD_CONDITION);
        addCondition.setAccessibleText("Add a condition to " + place.toLowerCase(java.util.Locale.ROOT));
        addCondition.setOnAction(e -> focus(group.addCondition()));
        Button addGroup = new Button("Add group");
        addGroup.getStyleClass().add(StyleClass.Hooks.SEGMENT_ADD_GROUP);
        addGroup.setAccessibleText("Add a group inside " + place.toLowerCase(java.util.Locale.ROOT));
        addGroup.setDisable(!group.canAddGroup());
        addGroup.setOnAction(e -> focus(group.addGroup()));
        ButtonRow header = new ButtonRow(match, new Label("the following"), addCondition, addGroup);
        header.setAlignment(Pos.CENTER_LEFT);
        if (removeGroup != null) {
            Button remove = new Button("Remove group");
            remove.getStyleClass().add(StyleClass.Hooks.SEGMENT_REMOVE_GROUP);
            remove.setAccessibleText("Remove " + place.toLowerCase(java.util.Locale.ROOT) + " and its conditions");
            remove.setOnAction(e -> removeGroup.run());
            header.getChildren().add(remove);
        }
        rows.setPadding(new Insets(0, 0, 0, 24));
        getChildren().addAll(header, rows);
        group.rows().addListener((ListChangeListener<BuilderNode>) c -> showRows());
        showRows();
    }

    private void showRows() {
        Map<BuilderNode, Node> kept = new HashMap<>();
        rows.getChildren().clear();
        if (group.rows().isEmpty()) {
            Label empty = new Label("No conditions: this group says nothing yet.");
            empty.getStyleClass().add(StyleClass.MUTED);
            rows.getChildren().add(empty);
        }
        for (int i = 0; i < group.rows().size(); i++) {
            BuilderNode row = group.rows().get(i);
            Node view = views.containsKey(row) && sameNumber(row, i) ? views.get(row) : viewOf(row, i);
            kept.put(row, view);
            rows.getChildren().add(view);
        }
        views.clear();
        views.putAll(kept);
    }

    private boolean sameNumber(BuilderNode row, int index) {
        return views.get(row).getProperties().get("index").equals(index);
    }

    private Node viewOf(BuilderNode row, int index) {
        String where = (place.equals("Segment") ? "" : place + ", ")
                + (row instanceof RuleGroupRow ? "group " : "condition ") + (index + 1);
        where = Character.toUpperCase(where.charAt(0)) + where.substring(1);
        Node view = row instanceof RuleGroupRow nested
                ? new RuleGroupView(nested, where, () -> removeAndFocus(row))
                : new ConditionRowView((ConditionRow) row, where, () -> removeAndFocus(row));
        view.getProperties().put("index", index);
        return view;
    }

    private void removeAndFocus(BuilderNode row) {
        int index = group.rows().indexOf(row);
        group.remove(row);
        if (group.rows().isEmpty()) {
            match.requestFocus();
        } else {
            focus(group.rows().get(Math.min(index, group.rows().size() - 1)));
        }
    }

    private void focus(BuilderNode row) {
        Node view = views.get(row);
        if (view instanceof ConditionRowView condition) {
            condition.focusFirst();
        } else if (view instanceof RuleGroupView nested) {
            nested.focusFirst();
        }
    }

    /** Puts the keyboard on the group's first condition, or its match when it has none. */
    void focusFirst() {
        if (!group.rows().isEmpty() && group.rows().get(0) instanceof ConditionRow) {
            focus(group.rows().get(0));
        } else {
            match.requestFocus();
        }
    }
}
