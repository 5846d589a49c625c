package org.waymark.model.engagement;

import java.time.LocalDateTime;

/**
 * One contact an email went to and what they did with it: when it was last sent, how often it was delivered,
 * bounced, opened (with the last time), clicked, attachments viewed, replied.
 */
public record Recipient(long contactId, String contactName, String email, LocalDateTime lastSent, long delivered,
                        boolean bounced, long opens, LocalDateTime lastOpened, long clicks, long attachmentViews,
                        long replies) {
}
