package org.waymark.model.segment;

/** How a {@link FieldRule} compares a field with its value. Text comparisons are exact, letter case included. */
public enum FieldOperator {
    EQUALS("equals", "is", true),
    NOT_EQUALS("notEquals", "is not", true),
    CONTAINS("contains", "contains", true),
    NOT_CONTAINS("notContains", "does not contain", true),
    STARTS_WITH("startsWith", "starts with", true),
    ENDS_WITH("endsWith", "ends with", true),
    IS_EMPTY("isEmpty", "is empty", false),
    IS_NOT_EMPTY("isNotEmpty", "is not empty", false);

    private final String key;
    private final String label;
    private final boolean needsValue;

    FieldOperator(String key, String label, boolean needsValue) {
        this.key = key;
        this.label = label;
        this.needsValue = needsValue;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** False for the operators that test emptiness and take no value. */
    public boolean needsValue() {
        return needsValue;
    }

    public static java.util.Optional<FieldOperator> ofKey(String key) {
        return QueryKeys.find(values(), FieldOperator::key, key);
    }
}
