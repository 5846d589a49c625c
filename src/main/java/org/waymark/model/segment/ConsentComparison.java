package org.waymark.model.segment;

/** How a {@link ConsentRule} compares a contact's consent level with its own. */
public enum ConsentComparison {
    AT_LEAST("atLeast", "is at least"),
    AT_MOST("atMost", "is at most"),
    EXACTLY("equals", "is exactly");

    private final String key;
    private final String label;

    ConsentComparison(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<ConsentComparison> ofKey(String key) {
        return QueryKeys.find(values(), ConsentComparison::key, key);
    }
}
