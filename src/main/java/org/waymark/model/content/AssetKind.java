package org.waymark.model.content;

/** Kinds of stored record a tile or setting can point at by name. */
public enum AssetKind {
    EMAIL("marketing email"),
    SMS("text message"),
    PUSH_NOTIFICATION("push notification"),
    MARKETING_FORM("marketing form"),
    MARKETING_PAGE("marketing page"),
    EVENT("event"),
    SEGMENT("segment"),
    SUBSCRIPTION_LIST("subscription list");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
