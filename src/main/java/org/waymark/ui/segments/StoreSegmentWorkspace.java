package org.waymark.ui.segments;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentKind;
import org.waymark.model.segment.SegmentSample;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.store.segment.SegmentException;
import org.waymark.store.segment.SegmentRepository;

/** The Segments tab on the store: the segment repository, with behaviour counted back from the clock's now. */
public final class StoreSegmentWorkspace implements SegmentWorkspace {

    private final SegmentRepository segments;
    private final Clock clock;

    public StoreSegmentWorkspace(SegmentRepository segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public List<SegmentSummary> segments() {
        return segments.list();
    }

    @Override
    public long count(RuleGroup query) {
        return refused(() -> (long) segments.count(query, clock.instant()));
    }

    @Override
    public List<ContactSummary> preview(RuleGroup query, int limit) {
        return refused(() -> segments.preview(query, clock.instant(), limit));
    }

    @Override
    public SegmentSample sample(RuleGroup query, int limit) {
        return refused(() -> segments.sample(query, clock.instant(), limit));
    }

    @Override
    public SegmentSummary saveDynamic(long id, String name, String description, RuleGroup query) {
        return refused(() -> {
            long saved = id;
            if (id == 0) {
                saved = segments.createDynamic(name, description, query);
            } else {
                segments.updateDynamic(id, name, description, query);
            }
            return segments.find(saved).orElseThrow();
        });
    }

    @Override
    public SegmentSummary create(SegmentKind kind, String name, String description) {
        return refused(() -> {
            long id = kind == SegmentKind.SUBSCRIPTION_LIST ? segments.createSubscriptionList(name, description)
                    : segments.createStatic(name, description);
            return segments.find(id).orElseThrow();
        });
    }

    @Override
    public void rename(long id, String name) {
        refused(() -> {
            segments.rename(id, name);
            return null;
        });
    }

    @Override
    public void delete(long id) {
        refused(() -> {
            segments.delete(id);
            return null;
        });
    }

    @Override
    public long memberCount(long segmentId) {
        return segments.memberCount(segmentId);
    }

    @Override
    public List<ContactSummary> members(long segmentId, String search, int limit) {
        return segments.members(segmentId, search, limit);
    }

    @Override
    public List<ContactSummary> candidates(long segmentId, String search, int limit) {
        return segments.candidates(segmentId, search, limit);
    }

    @Override
    public int addMembers(long segmentId, List<Long> contactIds) {
        return refused(() -> segments.addMembers(segmentId, contactIds));
    }

    @Override
    public int addAllMatching(long segmentId, String search) {
        return refused(() -> segments.addMatching(segmentId, search));
    }

    @Override
    public int removeMembers(long segmentId, List<Long> contactIds) {
        return refused(() -> segments.removeMembers(segmentId, contactIds));
    }

    /** The store's refusals (a taken name, a list in use) as the tab's {@link IllegalArgumentException}. */
    private static <T> T refused(Supplier<T> action) {
        try {
            return action.get();
        } catch (SegmentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
