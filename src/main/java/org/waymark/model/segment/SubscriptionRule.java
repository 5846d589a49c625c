package org.waymark.model.segment;

/** A condition on membership of a subscription list ("Subscribed to Newsletter", "Not subscribed to …"). */
public record SubscriptionRule(String listName, boolean subscribed) implements SegmentRule {

    public SubscriptionRule {
        if (listName == null || listName.isBlank()) {
            throw new IllegalArgumentException("a subscription condition needs a subscription list");
        }
    }

    @Override
    public String describe() {
        return (subscribed ? "Subscribed to \"" : "Not subscribed to \"") + listName + "\"";
    }
}
