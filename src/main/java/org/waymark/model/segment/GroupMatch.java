package org.waymark.model.segment;

/** How a group joins its rules. */
public enum GroupMatch {
    ALL("all", "All of"),
    ANY("any", "Any of"),
    NONE("none", "None of");

    private final String key;
    private final String label;

    GroupMatch(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word stored in a segment's query. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The match stored as {@code key}, or empty for an unknown word. */
    public static java.util.Optional<GroupMatch> ofKey(String key) {
        return QueryKeys.find(values(), GroupMatch::key, key);
    }
}
