package org.waymark.engine.behaviour;

import java.util.List;

/**
 * How one contact responded to one message. Times are epoch seconds, {@code -1} when it never happened;
 * {@code bounce} is null, "hard" or "soft"; {@code device} is "desktop", "mobile", "tablet" or null.
 */
public record MessageResponse(boolean delivered, String bounce, long deliveredAt,
        long openedAt, String device,
        List<TimedEvent> clicks, List<TimedEvent> attachmentViews, long repliedAt, long unsubscribedAt) {
}
