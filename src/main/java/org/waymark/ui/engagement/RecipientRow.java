package org.waymark.ui.engagement;

import org.waymark.model.engagement.Recipient;

/**
 * A line of the selected email's recipients: the contact, what they did, the status text for it, and when they were
 * last sent it, in the user's time zone ("" when never).
 */
public record RecipientRow(Recipient recipient, String status, String lastSent) {
}
