package org.waymark.model.engagement;

import java.util.List;
import org.waymark.model.timeline.MessagePreview;

/**
 * An email message opened from the emails list: its summary, the message as its contact received it (null when the
 * email is no longer stored), the email's followed links, and its history, newest first.
 */
public record MessageDetail(EmailMessage message, MessagePreview preview, List<Link> links,
                            List<MessageEvent> history) {

    public MessageDetail {
        links = List.copyOf(links);
        history = List.copyOf(history);
    }

    /** A link of the email: what it says and where it goes. */
    public record Link(String label, String url) {
    }

    public long opens() {
        return count("opened");
    }

    public long attachmentViews() {
        return count("attachmentViewed");
    }

    public long clicks() {
        return count("clicked");
    }

    public long replies() {
        return count("replied");
    }

    private long count(String subtype) {
        return history.stream().filter(e -> e.subtype().equals(subtype)).count();
    }
}
