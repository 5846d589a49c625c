package org.waymark.ui.timeline;

import org.waymark.store.Store;
import org.waymark.store.timeline.MessagePreviews;
import org.waymark.store.timeline.TimelineRepository;

/** Where the timeline reads from: the interactions of the open store and the messages behind them. */
public record TimelineSources(TimelineRepository timeline, MessagePreviews previews) {

    public static TimelineSources of(Store store) {
        return new TimelineSources(new TimelineRepository(store), new MessagePreviews(store));
    }
}
