package org.waymark.model.timeline;

import java.util.List;

/**
 * What one contact did with one email: how many times they opened it, clicked its links, viewed its attachments and
 * replied, and every interaction with it, newest first.
 */
public record EmailEngagement(int opens, int clicks, int attachmentViews, int replies, List<TimelineItem> history) {

    public EmailEngagement {
        history = List.copyOf(history);
    }

    public static EmailEngagement of(List<TimelineItem> history) {
        int opens = 0;
        int clicks = 0;
        int views = 0;
        int replies = 0;
        for (TimelineItem item : history) {
            switch (item.subtype()) {
                case "opened" -> opens++;
                case "clicked" -> clicks++;
                case "attachmentViewed" -> views++;
                case "replied" -> replies++;
                default -> { }
            }
        }
        return new EmailEngagement(opens, clicks, views, replies, history);
    }
}
