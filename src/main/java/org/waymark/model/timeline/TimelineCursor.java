package org.waymark.model.timeline;

import java.time.LocalDateTime;

/** Where a page of the timeline ended: the next page starts with what is older than this item. */
public record TimelineCursor(LocalDateTime occurredAt, long id) {

    public static TimelineCursor after(TimelineItem item) {
        return new TimelineCursor(item.occurredAt(), item.id());
    }
}
