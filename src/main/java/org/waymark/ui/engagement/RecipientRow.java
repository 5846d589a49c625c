package org.waymark.ui.engagement;

import org.waymark.model.engagement.Recipient;

/** A line of the selected email's recipients: the contact, what they did, and the status text for it. */
public record RecipientRow(Recipient recipient, String status) {
}
