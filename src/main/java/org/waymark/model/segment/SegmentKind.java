package org.waymark.model.segment;

/** The three kinds of segment the store keeps: a query, hand-picked members, or a subscription list. */
public enum SegmentKind {
    DYNAMIC("Dynamic", "dynamic segment"),
    STATIC("Static", "static segment"),
    SUBSCRIPTION_LIST("Subscription list", "subscription list");

    private final String label;
    private final String noun;

    SegmentKind(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    /** The kind in a sentence: "static segment". */
    public String noun() {
        return noun;
    }

    public String label() {
        return label;
    }
}
