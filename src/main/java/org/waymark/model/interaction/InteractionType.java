package org.waymark.model.interaction;

import java.util.List;

/** Kinds of interaction on a customer's timeline, each with the subtypes it records. */
public enum InteractionType {
    EMAIL("Email", List.of("sent", "delivered", "bounced", "opened", "clicked", "attachmentViewed", "replied",
            "unsubscribed")),
    SMS("Text message", List.of("sent", "delivered", "clicked")),
    PUSH("Push notification", List.of("sent", "delivered", "opened")),
    WEB("Web activity", List.of("visited")),
    FORM("Form", List.of("visited", "submitted")),
    EVENT("Event", List.of("registered", "attended", "cancelled")),
    ACTIVITY("Activity", List.of());

    private final String label;
    private final List<String> subtypes;

    InteractionType(String label, List<String> subtypes) {
        this.label = label;
        this.subtypes = subtypes;
    }

    public String label() {
        return label;
    }

    /** The subtypes of this type; activities take theirs from their data source, so theirs is open. */
    public List<String> subtypes() {
        return subtypes;
    }
}
