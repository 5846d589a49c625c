package org.waymark.model.engagement;

import java.util.Locale;

/**
 * Where one email message stands, as the emails list filters by it: bounced (never delivered), sent but not yet
 * delivered, delivered but not yet opened, opened, replied. The same order of precedence as {@link MessageStatus}.
 */
public enum MessageState {
    BOUNCED("Bounced"),
    SENT("Sent, not yet delivered"),
    UNOPENED("Not yet opened"),
    OPENED("Opened"),
    REPLIED("Replied");

    private final String label;

    MessageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state of a message delivered or not, bounced or not, opened and replied to so many times. */
    public static MessageState of(boolean delivered, boolean bounced, long opens, long replies) {
        if (bounced && !delivered) {
            return BOUNCED;
        }
        if (replies > 0) {
            return REPLIED;
        }
        if (opens > 0) {
            return OPENED;
        }
        return delivered ? UNOPENED : SENT;
    }

    /** The state named {@code text} (its constant or its label, any case); a clear error naming the choices. */
    public static MessageState parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (MessageState s : values()) {
            if (s.name().equalsIgnoreCase(wanted) || s.label.equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status '" + text + "' is not one of "
                + java.util.Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
    }
}
