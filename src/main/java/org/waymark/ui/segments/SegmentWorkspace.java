package org.waymark.ui.segments;

import java.util.List;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSample;
import org.waymark.model.segment.SegmentSummary;

/**
 * What the Segments tab asks of the store. Methods run on a background thread; the ones that change something throw
 * {@link IllegalArgumentException} with a message for the user (a taken name, say) and change nothing then.
 */
public interface SegmentWorkspace {

    List<SegmentSummary> segments();

    /** How many contacts the query selects now (an empty query selects everyone). */
    long count(RuleGroup query);

    /** The first {@code limit} contacts the query selects, by last and first name. */
    List<ContactSummary> preview(RuleGroup query, int limit);

    /** The count and the first {@code limit} contacts together, which a store may answer from one reading. */
    default SegmentSample sample(RuleGroup query, int limit) {
        return new SegmentSample(count(query), preview(query, limit));
    }

    /** Creates ({@code id} 0) or updates a dynamic segment and returns it as stored. */
    SegmentSummary saveDynamic(long id, String name, String description, RuleGroup query);

    /** Creates an empty static segment or subscription list. */
    SegmentSummary create(SegmentKind kind, String name, String description);

    /** Gives the segment a new name, in one transaction. */
    void rename(long id, String name);

    void delete(long id);

    long memberCount(long segmentId);

    /** Members of a static segment or list whose name or email contains {@code search}, at most {@code limit}. */
    List<ContactSummary> members(long segmentId, String search, int limit);

    /** Contacts who are not members yet whose name or email contains {@code search}, at most {@code limit}. */
    List<ContactSummary> candidates(long segmentId, String search, int limit);

    /** Adds the contacts; returns how many were not members before. */
    int addMembers(long segmentId, List<Long> contactIds);

    /** Adds every contact the search finds; returns how many were added. */
    int addAllMatching(long segmentId, String search);

    int removeMembers(long segmentId, List<Long> contactIds);
}
