package org.waymark.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.model.journey.Journey;
import org.waymark.model.tile.TriggerCondition;
import org.waymark.model.tile.TriggerRule;
import org.waymark.ui.appearance.StyleClass;

/**
 * One rule of a trigger: the earlier tile it watches, what it waits for, and for "clicked a specific link"
 * which link; its Remove button comes after them, so Tab goes from field to field. Typing in a closed list
 * chooses by type-ahead. A rule that is not complete yet (a link still to choose) is shown with its problem and
 * applied once it is. What the first rule waits for is the trigger's main setting (Enter on the tile).
 */
final class TriggerRuleRow extends VBox {

    private final TriggerViewModel model;
    private final String triggerId;
    private final Label title = new Label();
    private int index;
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<TriggerCondition> condition = new ComboBox<>();
    private final ComboBox<String> link = new ComboBox<>();
    private final Field sourceField;
    private final Field conditionField;
    private final Field linkField;
    private final Button remove = new Button("Remove");
    private final Map<String, String> sourceLabels = new LinkedHashMap<>();
    private final Synced<TriggerRule> synced = new Synced<>(this::write);
    private Journey journey;
    private Consumer<TriggerRule> onChange = rule -> { };

    TriggerRuleRow(TriggerViewModel model, String triggerId, int index, Runnable onRemove) {
        this.model = model;
        this.triggerId = triggerId;
        getStyleClass().add(StyleClass.RULE_ROW);
        title.getStyleClass().add(StyleClass.ROW_TITLE);
        remove.setOnAction(e -> onRemove.run());
        HBox head = new HBox(title);
        head.getStyleClass().add(StyleClass.ROW_HEAD);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(gap, remove);
        foot.getStyleClass().add(StyleClass.Hooks.ROW_FOOT);
        source.setConverter(converter(id -> sourceLabels.getOrDefault(id, id)));
        condition.setConverter(converter(c -> TriggerViewModel.conditionLabel(c)));
        link.setPromptText("Choose a link");
        for (ComboBox<?> box : List.of(source, condition, link)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, before, now) -> edited(box == source));
            TypeAhead.install(box);
        }
        sourceField = new Field("Watch", source, source);
        conditionField = new Field("What must happen", condition, condition);
        linkField = new Field("Link", link, link);
        getChildren().addAll(head, sourceField, conditionField, linkField, foot);
        index(index);
    }

    /** Numbers the row (rules move up when one above them is removed). */
    void index(int at) {
        this.index = at;
        String rule = "Rule " + (at + 1);
        title.setText(rule);
        remove.setId("property-rule-remove-" + at);
        remove.setAccessibleText("Remove " + rule.toLowerCase(java.util.Locale.ROOT));
        source.setId("property-rule-source-" + at);
        condition.setId("property-rule-condition-" + at);
        link.setId("property-rule-link-" + at);
        condition.getStyleClass().remove(StyleClass.Hooks.MAIN_SETTING);
        if (at == 0) {
            condition.getStyleClass().add(StyleClass.Hooks.MAIN_SETTING);
        }
        source.setAccessibleText("Watch. " + rule + ": the earlier email, message, page, form or event to watch");
        condition.setAccessibleText("What must happen. " + rule + ": what the contact or message must do");
        link.setAccessibleText("Link. " + rule + ": the link in the email the contact must click");
    }

    void onChange(Consumer<TriggerRule> handler) {
        onChange = handler;
    }

    ComboBox<String> sourceBox() {
        return source;
    }

    /** Shows the rule as it is in the journey; the choices follow the journey (renamed or moved tiles). */
    void show(TriggerRule rule, Journey now, boolean removable) {
        this.journey = now;
        remove.setDisable(!removable);
        synced.quietly(() -> fillSources(source.getValue() == null ? rule.source() : source.getValue()));
        if (!synced.show(rule) && !conditionField.showsError() && !linkField.showsError()) {
            note(rule);
        }
    }

    private void write(TriggerRule rule) {
        fillSources(rule.source());
        source.setValue(rule.source());
        fillConditions(rule.source(), rule.condition());
        condition.setValue(rule.condition());
        fillLinks(rule.source(), rule.link());
        link.setValue(rule.link().isBlank() ? null : rule.link());
        sourceField.clear();
        conditionField.clear();
        linkField.clear();
        showLink(rule.condition() == TriggerCondition.CLICKED_LINK);
        note(rule);
    }

    private void note(TriggerRule rule) {
        boolean known = model.sources(journey, triggerId).stream().anyMatch(s -> s.tileId().equals(rule.source()));
        sourceField.problems(known ? null : "Watch a tile before this trigger", null);
        if (known && !model.conditions(journey, triggerId, rule.source()).contains(rule.condition())) {
            conditionField.warning("This tile cannot be watched for that: choose another");
        }
        model.linkNote(journey, triggerId, rule).ifPresent(linkField::warning);
    }

    private void edited(boolean sourceChanged) {
        if (synced.writing()) {
            return;
        }
        String sourceId = source.getValue();
        if (sourceChanged) {
            TriggerCondition kept = model.conditionAfterSourceChange(journey, triggerId, sourceId, condition.getValue());
            synced.quietly(() -> {
                fillConditions(sourceId, kept);
                condition.setValue(kept);
            });
        }
        boolean clickedLink = condition.getValue() == TriggerCondition.CLICKED_LINK;
        synced.quietly(() -> fillLinks(sourceId, link.getValue()));
        showLink(clickedLink);
        Checked<TriggerRule> rule = model.rule(journey, triggerId, sourceId, condition.getValue(), link.getValue());
        sourceField.clear();
        conditionField.clear();
        linkField.clear();
        if (!rule.isValid()) {
            (clickedLink ? linkField : conditionField).error(rule.problem());
            return;
        }
        onChange.accept(rule.value());
    }

    private void fillSources(String selected) {
        sourceLabels.clear();
        model.sources(journey, triggerId).forEach(s -> sourceLabels.put(s.tileId(), s.label()));
        if (selected != null && !sourceLabels.containsKey(selected)) {
            sourceLabels.put(selected, model.unknownSourceLabel(journey, selected));
        }
        setItems(source, new ArrayList<>(sourceLabels.keySet()));
    }

    private void fillConditions(String sourceId, TriggerCondition selected) {
        List<TriggerCondition> conditions = new ArrayList<>(model.conditions(journey, triggerId, sourceId));
        if (selected != null && !conditions.contains(selected)) {
            conditions.add(selected);
        }
        setItems(condition, conditions);
    }

    private void fillLinks(String sourceId, String selected) {
        List<String> links = new ArrayList<>(model.links(journey, triggerId, sourceId));
        if (selected != null && !selected.isBlank() && !links.contains(selected)) {
            links.add(selected);
        }
        setItems(link, links);
    }

    private static <T> void setItems(ComboBox<T> box, List<T> items) {
        if (!box.getItems().equals(items)) {
            T value = box.getValue();
            box.getItems().setAll(items);
            if (!Objects.equals(box.getValue(), value)) {
                box.setValue(value);
            }
        }
    }

    private void showLink(boolean shown) {
        linkField.setVisible(shown);
        linkField.setManaged(shown);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    int index() {
        return index;
    }
}
