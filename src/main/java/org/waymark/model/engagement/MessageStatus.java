package org.waymark.model.engagement;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The status line of one email message to one contact, as a followed email shows it: "Bounced", "Not yet opened",
 * "Opened once, last 3 hours ago", "Opened 3 times, last yesterday", "Replied".
 */
public final class MessageStatus {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String of(Recipient r, LocalDateTime now) {
        if (r.bounced() && r.delivered() == 0) {
            return "Bounced";
        }
        if (r.replies() > 0) {
            return "Replied" + (r.opens() > 0 ? ", opened " + times(r.opens()) + ", last " + when(r.lastOpened(), now)
                    : "");
        }
        if (r.opens() == 0) {
            return r.delivered() == 0 ? "Sent, not yet delivered" : "Not yet opened";
        }
        return "Opened " + times(r.opens()) + ", last " + when(r.lastOpened(), now);
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    static String when(LocalDateTime at, LocalDateTime now) {
        Duration ago = Duration.between(at, now);
        if (ago.isNegative() || ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + (ago.toMinutes() == 1 ? " minute ago" : " minutes ago");
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + (ago.toHours() == 1 ? " hour ago" : " hours ago");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(at.toLocalDate(), now.toLocalDate());
        if (days <= 1) {
            return "yesterday";
        }
        return days < 30 ? days + " days ago" : "on " + DATE.format(at);
    }
}
