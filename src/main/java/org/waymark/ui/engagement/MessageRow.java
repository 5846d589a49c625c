package org.waymark.ui.engagement;

import org.waymark.model.engagement.EmailMessage;

/**
 * A line of the emails list: the message, its status text ("Opened 3 times, last yesterday") and when it was sent, in
 * the user's time zone ("30 Mar 2026 15:25").
 */
public record MessageRow(EmailMessage message, String status, String sent, String delivered, String lastOpened) {
}
