package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.ui.window.WrappedText;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.RuleJoin;
import org.waymark.model.tile.TriggerTile;
import org.waymark.ui.appearance.StyleClass;

/**
 * Editor of a trigger: its rules (each watching an earlier tile), whether all or any must hold, and when
 * contacts give up waiting and take the false path.
 */
final class TriggerEditor extends TileEditor<TriggerTile> {

    private final TriggerViewModel model;
    private final RadioChoice<RuleJoin> join;
    private final Field joinField;
    private final VBox rows = new VBox();
    private final List<TriggerRuleRow> ruleRows = new ArrayList<>();
    private final Button addRule = new Button("Add rule");
    private final Label rulesNote = new Label();
    private final WaitInput timeout;
    private int removing = -1;

    TriggerEditor(EditContext context, TriggerTile tile, Journey journey) {
        super(context, TriggerTile.class, tile, journey);
        model = context.triggers();
        Label rulesHeading = heading("Rules");
        Label timeoutHeading = heading("Timeout");
        join = new RadioChoice<>("property-join", List.of(RuleJoin.values()),
                j -> j == RuleJoin.AND ? "All rules hold" : "Any rule holds", "Take the true path when",
                "With several rules: whether all of them must hold, or one is enough");
        join.onChange(j -> apply(model.withJoin(tile(), j), "rule join"));
        rows.getStyleClass().add(StyleClass.RULE_ROWS);
        addRule.setId("property-rule-add");
        addRule.setAccessibleText("Add rule. Adds a rule watching the nearest email, message, page, form or event "
                + "before this trigger");
        addRule.setOnAction(e -> addRule());
        rulesNote.getStyleClass().addAll(StyleClass.FIELD_MESSAGE, StyleClass.WARNING);
        WrappedText.wrap(rulesNote);
        rulesNote.setMinHeight(Label.USE_PREF_SIZE);
        timeout = new WaitInput(context.waits(), "property-timeout", "Stop waiting and take the false path",
                "When contacts stop waiting for the rules and take the false path", "After waiting",
                "At a date and time");
        timeout.onChange(wait -> apply(model.withTimeout(tile(), wait), "timeout"));
        joinField = new Field("Take the true path when", join, join.first());
        add(rulesHeading, rows, rulesNote, addRule, joinField, timeoutHeading, timeout.field());
    }

    @Override
    protected void update() {
        TriggerTile tile = tile();
        join.show(tile.join());
        joinField.setVisible(tile.rules().size() > 1);
        joinField.setManaged(tile.rules().size() > 1);
        fitRows(tile.rules().size());
        for (int i = 0; i < ruleRows.size(); i++) {
            ruleRows.get(i).show(tile.rules().get(i), journey(), true);
        }
        String note = model.rulesNote(tile, journey()).orElse("");
        rulesNote.setText(note);
        rulesNote.setVisible(!note.isEmpty());
        rulesNote.setManaged(!note.isEmpty());
        addRule.setDisable(model.newRule(journey(), tile.id()).isEmpty());
        timeout.show(tile.timeout(), journey().settings().schedule());
    }

    /**
     * One row per rule. Rows added at the end or removed with their own button keep the other rows as they
     * are (with anything still being fixed in them); any other change of count rebuilds them.
     */
    private void fitRows(int count) {
        if (removing >= 0 && count == ruleRows.size() - 1) {
            ruleRows.remove(removing);
            rows.getChildren().remove(removing);
            for (int i = 0; i < ruleRows.size(); i++) {
                ruleRows.get(i).index(i);
            }
        } else if (removing >= 0 || count < ruleRows.size()) {
            ruleRows.clear();
            rows.getChildren().clear();
        }
        while (ruleRows.size() < count) {
            TriggerRuleRow row = newRow(ruleRows.size());
            ruleRows.add(row);
            rows.getChildren().add(row);
        }
        removing = -1;
    }

    private TriggerRuleRow newRow(int index) {
        TriggerRuleRow[] self = new TriggerRuleRow[1];
        self[0] = new TriggerRuleRow(model, tile().id(), index, () -> {
            int at = self[0].index();
            removing = at;
            apply(model.withoutRule(tile(), at), "rules");
            removing = -1;
            Platform.runLater(() -> (ruleRows.isEmpty() ? addRule : ruleRows.get(Math.min(at, ruleRows.size() - 1))
                    .sourceBox()).requestFocus());
        });
        self[0].onChange(rule -> apply(model.withRule(tile(), self[0].index(), rule), "rule " + (self[0].index() + 1)));
        return self[0];
    }

    private void addRule() {
        model.newRule(journey(), tile().id()).ifPresent(rule -> {
            String field = "rule " + (tile().rules().size() + 1);
            if (apply(model.withNewRule(tile(), rule), field) && !ruleRows.isEmpty()) {
                TriggerRuleRow added = ruleRows.get(ruleRows.size() - 1);
                Platform.runLater(() -> added.sourceBox().requestFocus());
            }
        });
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClass.SECTION_HEADING);
        return label;
    }

}
