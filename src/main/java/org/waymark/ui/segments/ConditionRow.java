package org.waymark.ui.segments;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/**
 * One condition of the segment builder as the user edits it: a subject, an operator, a value and, for behaviours, a
 * number of days. Changing the subject offers that subject's operators and values ({@link ConditionWording}). Text is
 * kept as typed; {@link #rule()} is empty until the row is complete, and {@link #problem()} says what is missing.
 */
public final class ConditionRow implements BuilderNode {

    public static final String DEFAULT_DAYS = "30";

    private final ConditionWording wording;
    private final ObjectProperty<ConditionSubject> subject = new SimpleObjectProperty<>();
    private final ObservableList<String> operators = FXCollections.observableArrayList();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObservableList<String> valueChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ValueKind> valueKind = new SimpleObjectProperty<>(ValueKind.TEXT);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty(DEFAULT_DAYS);

    /** How the value is entered. */
    public enum ValueKind { TEXT, CHOICE, NONE }

    ConditionRow(ConditionWording wording, ConditionSubject first, Runnable changed) {
        this.wording = wording;
        subject.addListener((obs, old, now) -> offer(now));
        operator.addListener((obs, old, now) -> valueKind.set(wording.valueKind(subject.get(), now)));
        subject.set(first);
        subject.addListener(o -> changed.run());
        operator.addListener(o -> changed.run());
        value.addListener(o -> changed.run());
        days.addListener(o -> changed.run());
    }

    private void offer(ConditionSubject now) {
        List<String> choices = wording.values(now);
        operators.setAll(wording.operators(now));
        valueChoices.setAll(choices);
        operator.set(operators.get(0));
        valueKind.set(wording.valueKind(now, operator.get()));
        value.set(valueKind.get() == ValueKind.CHOICE && !choices.isEmpty() ? choices.get(0) : "");
    }

    /** Sets the row to say {@code rule} (a condition, not a group). */
    void show(SegmentRule rule) {
        wording.show(this, rule);
    }

    public ObjectProperty<ConditionSubject> subject() {
        return subject;
    }

    public ObservableList<String> operators() {
        return operators;
    }

    public StringProperty operator() {
        return operator;
    }

    public ObservableList<String> valueChoices() {
        return valueChoices;
    }

    public ObjectProperty<ValueKind> valueKind() {
        return valueKind;
    }

    public StringProperty value() {
        return value;
    }

    public StringProperty days() {
        return days;
    }

    /** True when the row asks for a number of days (behaviours). */
    public boolean hasDays() {
        return subject.get().kind() == ConditionSubject.Kind.BEHAVIOUR;
    }

    /** What keeps the row from being a rule, or empty when it is complete. */
    public Optional<String> problem() {
        try {
            wording.rule(this);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<SegmentRule> rule() {
        try {
            return Optional.of(wording.rule(this));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void collectProblems(String place, List<String> problems) {
        problem().ifPresent(p -> problems.add(place + ": " + p));
    }

    @Override
    public String describe() {
        return rule().map(SegmentRule::describe).orElseGet(() -> subject.get().label() + " " + operator.get()
                + " (incomplete)");
    }

    static boolean isCondition(SegmentRule rule) {
        return rule instanceof FieldRule || rule instanceof ConsentRule || rule instanceof SubscriptionRule
                || rule instanceof BehaviourRule;
    }
}
