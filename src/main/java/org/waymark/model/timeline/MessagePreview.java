package org.waymark.model.timeline;

/**
 * A message as its contact received it: an email's subject, preheader and body as text, a text message's text, or
 * a push notification's title and body. {@code title} is empty for a text message.
 */
public record MessagePreview(String channel, String title, String preheader, String body) {

    public MessagePreview {
        title = title == null ? "" : title;
        preheader = preheader == null ? "" : preheader;
        body = body == null ? "" : body;
    }
}
