package org.waymark.ui.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.waymark.model.content.AssetKind;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;
import org.waymark.ui.segments.ConditionRow.ValueKind;

/**
 * The words of the builder's condition rows: each subject's operators and value choices, and the translation between a
 * row's texts and a {@link SegmentRule}, with a message naming what is missing when a row is incomplete.
 */
final class ConditionWording {

    static final String SUBSCRIBED = "is subscribed to";
    static final String NOT_SUBSCRIBED = "is not subscribed to";
    static final String AT_LEAST_ONCE = "at least once";
    static final String NEVER = "never";

    private final ConditionChoices choices;

    ConditionWording(ConditionChoices choices) {
        this.choices = choices;
    }

    List<String> operators(ConditionSubject subject) {
        return switch (subject.kind()) {
            case FIELD -> Arrays.stream(FieldOperator.values()).map(FieldOperator::label).toList();
            case CONSENT -> Arrays.stream(ConsentComparison.values()).map(ConsentComparison::label).toList();
            case SUBSCRIPTION -> List.of(SUBSCRIBED, NOT_SUBSCRIBED);
            case BEHAVIOUR -> List.of(AT_LEAST_ONCE, NEVER);
        };
    }

    List<String> values(ConditionSubject subject) {
        return switch (subject.kind()) {
            case FIELD -> List.of();
            case CONSENT -> Arrays.stream(ConsentLevel.values()).map(ConsentLevel::label).toList();
            case SUBSCRIPTION -> choices.subscriptionLists();
            case BEHAVIOUR -> {
                List<String> names = new ArrayList<>();
                names.add(anyAsset(subject.behaviour()));
                names.addAll(choices.assets(subject.behaviour().assetKind()));
                yield names;
            }
        };
    }

    ValueKind valueKind(ConditionSubject subject, String operator) {
        if (subject.kind() != ConditionSubject.Kind.FIELD) {
            return ValueKind.CHOICE;
        }
        boolean noValue = Arrays.stream(FieldOperator.values())
                .anyMatch(o -> o.label().equals(operator) && !o.needsValue());
        return noValue ? ValueKind.NONE : ValueKind.TEXT;
    }

    static String anyAsset(Behaviour behaviour) {
        AssetKind kind = behaviour.assetKind();
        return "Any " + kind.label();
    }

    /** The rule the row says; an {@link IllegalArgumentException} whose message says what is missing otherwise. */
    SegmentRule rule(ConditionRow row) {
        ConditionSubject subject = row.subject().get();
        String value = row.value().get() == null ? "" : row.value().get();
        return switch (subject.kind()) {
            case FIELD -> {
                FieldOperator operator = fieldOperator(row.operator().get());
                if (operator.needsValue() && value.isEmpty()) {
                    throw new IllegalArgumentException(subject.label() + " " + operator.label() + " …: type a value");
                }
                yield new FieldRule(subject.field(), operator, value);
            }
            case CONSENT -> new ConsentRule(consentComparison(row.operator().get()), consentLevel(value));
            case SUBSCRIPTION -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException(choices.subscriptionLists().isEmpty()
                            ? "there are no subscription lists yet" : "choose a subscription list");
                }
                yield new SubscriptionRule(value, !NOT_SUBSCRIBED.equals(row.operator().get()));
            }
            case BEHAVIOUR -> new BehaviourRule(subject.behaviour(),
                    value.equals(anyAsset(subject.behaviour())) ? null : value, days(row.days().get()),
                    !NEVER.equals(row.operator().get()));
        };
    }

    /** Sets {@code row} to say {@code rule}. */
    void show(ConditionRow row, SegmentRule rule) {
        if (rule instanceof FieldRule field) {
            row.subject().set(ConditionSubject.of(field.field()));
            row.operator().set(field.operator().label());
            row.value().set(field.value() == null ? "" : field.value());
        } else if (rule instanceof ConsentRule consent) {
            row.subject().set(ConditionSubject.consent());
            row.operator().set(consent.comparison().label());
            row.value().set(consent.level().label());
        } else if (rule instanceof SubscriptionRule subscription) {
            row.subject().set(ConditionSubject.subscription());
            row.operator().set(subscription.subscribed() ? SUBSCRIBED : NOT_SUBSCRIBED);
            keepChoice(row, subscription.listName());
        } else if (rule instanceof BehaviourRule behaviour) {
            row.subject().set(ConditionSubject.of(behaviour.behaviour()));
            row.operator().set(behaviour.happened() ? AT_LEAST_ONCE : NEVER);
            keepChoice(row, behaviour.assetName() == null ? anyAsset(behaviour.behaviour()) : behaviour.assetName());
            row.days().set(Integer.toString(behaviour.withinDays()));
        } else {
            throw new IllegalArgumentException("a group is not a condition");
        }
    }

    /** A stored name no longer offered (a list since deleted) stays choosable, so opening never changes a query. */
    private static void keepChoice(ConditionRow row, String name) {
        if (!row.valueChoices().contains(name)) {
            row.valueChoices().add(name);
        }
        row.value().set(name);
    }

    private static int days(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            int days = Integer.parseInt(trimmed);
            if (days >= 1 && days <= BehaviourRule.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("the number of days must be a whole number from 1 to "
                + BehaviourRule.MAX_DAYS + ", not \"" + trimmed + "\"");
    }

    private static FieldOperator fieldOperator(String label) {
        return Arrays.stream(FieldOperator.values()).filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("choose how to compare"));
    }

    private static ConsentComparison consentComparison(String label) {
        return Arrays.stream(ConsentComparison.values()).filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("choose how to compare the consent level"));
    }

    private static ConsentLevel consentLevel(String label) {
        return Arrays.stream(ConsentLevel.values()).filter(l -> l.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("choose a consent level"));
    }
}
