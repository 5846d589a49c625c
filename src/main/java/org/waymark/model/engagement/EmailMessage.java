package org.waymark.model.engagement;

import java.time.LocalDateTime;

/**
 * One email message sent to one contact, summarised: who it went to (as addressed when sent), which email, when it
 * was sent and delivered, whether it bounced, and how often it was opened (with the last time), its attachments
 * viewed, its links clicked and replied to. {@code emailId} is 0 when the message names an email with no stored id
 * (a simulated one); {@code deliveredAt} and {@code lastOpenedAt} may be null.
 */
public record EmailMessage(long id, long contactId, String recipient, String recipientEmail, long emailId,
                           String emailName, LocalDateTime sentAt, LocalDateTime deliveredAt, boolean bounced,
                           long opens, LocalDateTime lastOpenedAt, long attachmentViews, long clicks, long replies) {

    public EmailMessage {
        recipient = recipient == null ? "" : recipient;
        recipientEmail = recipientEmail == null ? "" : recipientEmail;
        emailName = emailName == null ? "" : emailName;
    }

    public MessageState state() {
        return MessageState.of(deliveredAt != null, bounced, opens, replies);
    }

    /** The message as a recipient line, for {@link MessageStatus}. */
    public Recipient asRecipient() {
        return new Recipient(contactId, recipient, recipientEmail, sentAt, deliveredAt == null ? 0 : 1, bounced, opens,
                lastOpenedAt, clicks, attachmentViews, replies);
    }
}
