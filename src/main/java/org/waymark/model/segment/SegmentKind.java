package org.waymark.model.segment;

/** The three kinds of segment the store keeps: a query, hand-picked members, or a subscription list. */
public enum SegmentKind {
    DYNAMIC("Dynamic"),
    STATIC("Static"),
    SUBSCRIPTION_LIST("Subscription list");

    private final String label;

    SegmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
