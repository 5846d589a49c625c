package org.waymark.ui.engagement;

import org.waymark.model.engagement.EmailMessage;

/** A line of the emails list: the message and its status text ("Opened 3 times, last yesterday"). */
public record MessageRow(EmailMessage message, String status) {
}
