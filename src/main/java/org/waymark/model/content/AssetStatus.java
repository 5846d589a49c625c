package org.waymark.model.content;

/** Whether a marketing asset may be used by a live journey: drafts are work in progress, published ones are ready. */
public enum AssetStatus {
    DRAFT("Draft"),
    PUBLISHED("Published");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
