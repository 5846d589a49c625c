package org.waymark.model.engagement;

import java.time.LocalDateTime;
import org.waymark.model.timeline.RelativeTime;

/**
 * The status line of one email message to one contact, as a followed email shows it: "Bounced", "Not yet opened",
 * "Opened once, last 3 hours ago", "Opened 3 times, last yesterday", "Replied".
 */
public final class MessageStatus {

    private final RelativeTime relativeTime = new RelativeTime();

    public String of(Recipient r, LocalDateTime now) {
        if (r.bounced() && r.delivered() == 0) {
            return "Bounced";
        }
        if (r.replies() > 0) {
            return "Replied" + (r.opens() > 0 ? ", opened " + opened(r, now) : "");
        }
        if (r.opens() == 0) {
            return r.delivered() == 0 ? "Sent, not yet delivered" : "Not yet opened";
        }
        return "Opened " + opened(r, now);
    }

    /** "3 times, last yesterday". */
    private String opened(Recipient r, LocalDateTime now) {
        return times(r.opens()) + ", last " + relativeTime.of(r.lastOpened(), now);
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
