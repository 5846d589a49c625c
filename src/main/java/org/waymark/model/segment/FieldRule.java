package org.waymark.model.segment;

/**
 * A condition on one contact or account field. "Not equals" and "does not contain" also select contacts whose field
 * is empty; a contact with no account has every account field empty.
 */
public record FieldRule(ContactField field, FieldOperator operator, String value) implements SegmentRule {

    public FieldRule {
        if (field == null || operator == null) {
            throw new IllegalArgumentException("a field condition needs a field and an operator");
        }
        if (operator.needsValue() && (value == null || value.isEmpty())) {
            throw new IllegalArgumentException(field.label() + " " + operator.label() + " needs a value");
        }
        if (!operator.needsValue()) {
            value = null;
        }
    }

    @Override
    public String describe() {
        return field.label() + " " + operator.label() + (operator.needsValue() ? " \"" + value + "\"" : "");
    }
}
