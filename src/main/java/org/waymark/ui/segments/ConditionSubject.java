package org.waymark.ui.segments;

import java.util.ArrayList;
import java.util.List;
import org.waymark.model.segment.Behaviour;
import org.waymark.model.segment.ContactField;

/**
 * What one condition row of the segment builder is about: a contact or account field, the consent level, a
 * subscription list, or a behaviour. The builder offers them in this order in its first column.
 */
public record ConditionSubject(Kind kind, ContactField field, Behaviour behaviour) {

    /** The four kinds of condition, each with its own operators and value editor. */
    public enum Kind { FIELD, CONSENT, SUBSCRIPTION, BEHAVIOUR }

    public static ConditionSubject of(ContactField field) {
        return new ConditionSubject(Kind.FIELD, field, null);
    }

    public static ConditionSubject of(Behaviour behaviour) {
        return new ConditionSubject(Kind.BEHAVIOUR, null, behaviour);
    }

    public static ConditionSubject consent() {
        return new ConditionSubject(Kind.CONSENT, null, null);
    }

    public static ConditionSubject subscription() {
        return new ConditionSubject(Kind.SUBSCRIPTION, null, null);
    }

    /** Every subject, fields first, then consent, subscription lists and behaviours. */
    public static List<ConditionSubject> all() {
        List<ConditionSubject> all = new ArrayList<>();
        for (ContactField field : ContactField.values()) {
            all.add(of(field));
        }
        all.add(consent());
        all.add(subscription());
        for (Behaviour behaviour : Behaviour.values()) {
            all.add(of(behaviour));
        }
        return List.copyOf(all);
    }

    public String label() {
        return switch (kind) {
            case FIELD -> field.label();
            case CONSENT -> "Consent level";
            case SUBSCRIPTION -> "Subscription list";
            case BEHAVIOUR -> behaviour.label();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
