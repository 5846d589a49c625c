package org.waymark.model.segment;

import java.util.List;
import org.waymark.model.audience.ContactSummary;

/** What a segment query selects, as the builder shows it: how many contacts, and the first few by name. */
public record SegmentSample(long count, List<ContactSummary> first) {

    public SegmentSample {
        first = List.copyOf(first);
    }
}
