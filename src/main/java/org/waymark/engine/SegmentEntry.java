package org.waymark.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.waymark.model.tile.Membership;
import org.waymark.model.tile.SegmentCombination;
import org.waymark.model.tile.SegmentGroupTile;
import org.waymark.model.tile.SegmentSource;
import org.waymark.model.tile.SegmentTile;

/**
 * Entry from a segment group: a contact is targeted from the moment it belongs to any included segment (union)
 * or to all of them (intersection) — at the iteration's start for members from before, later for those who
 * join while the iteration runs — unless it already belongs to an excluded segment then. A subscription list
 * stops counting once the contact unsubscribed from it. Unconfigured segment tiles are ignored; an unknown
 * segment has no members.
 */
final class SegmentEntry extends EntryStep {

    private final boolean intersection;
    private final int[] includeTiles;
    private final SegmentMembers[] included;
    private final boolean[] includedList;
    private final int[] excludeTiles;
    private final SegmentMembers[] excluded;

    SegmentEntry(int tile, SegmentGroupTile group, Population population, Gates gates, TileKeys keys,
                 ToIntFunction<SegmentTile> tileIndex) {
        super(tile, gates, keys);
        this.intersection = group.combination() == SegmentCombination.INTERSECTION;
        List<SegmentTile> in = new ArrayList<>();
        List<SegmentTile> out = new ArrayList<>();
        for (SegmentTile segment : group.segments()) {
            if (segment.membership() == Membership.EXCLUDE) {
                keys.declareMessages(tileIndex.applyAsInt(segment), "excluded");
            }
            if (segment.isConfigured()) {
                (segment.membership() == Membership.EXCLUDE ? out : in).add(segment);
            }
        }
        includeTiles = in.stream().mapToInt(tileIndex).toArray();
        excludeTiles = out.stream().mapToInt(tileIndex).toArray();
        included = in.stream().map(s -> members(population, s)).toArray(SegmentMembers[]::new);
        excluded = out.stream().map(s -> members(population, s)).toArray(SegmentMembers[]::new);
        includedList = new boolean[in.size()];
        for (int j = 0; j < in.size(); j++) {
            includedList[j] = in.get(j).source() == SegmentSource.SUBSCRIPTION_LIST
                    || (included[j] != null && included[j].isSubscriptionList());
        }
    }

    /** Whether an included segment tile of this group is a subscription list. */
    boolean targetsSubscriptionList() {
        for (boolean list : includedList) {
            if (list) {
                return true;
            }
        }
        return false;
    }

    @Override
    Cohort enter(ChunkState state) {
        Cohort entering = new Cohort(Math.min(state.size(), 1024));
        if (included.length == 0) {
            return entering;
        }
        TileCounters counters = state.counters();
        long from = state.iterationStart();
        long to = state.iterationEnd();
        for (int p = 0; p < state.size(); p++) {
            int index = state.populationIndex(p);
            long at = intersection ? SegmentMembers.ALWAYS : SegmentMembers.NEVER;
            for (int j = 0; j < included.length; j++) {
                long joined = joined(state, j, index, p, from);
                at = intersection ? Math.max(at, joined) : Math.min(at, joined);
            }
            if (at == SegmentMembers.NEVER) {
                continue;
            }
            at = Math.max(at, from);
            if (at >= to) {
                continue;
            }
            counters.count(tile, TARGETED);
            if (isExcluded(counters, index, at)) {
                counters.count(tile, EXCLUDED);
                continue;
            }
            if (admit(state, p, at, entering)) {
                for (int j = 0; j < included.length; j++) {
                    if (joined(state, j, index, p, from) <= at) {
                        counters.entered[includeTiles[j]]++;
                        counters.passed[includeTiles[j]]++;
                    }
                }
            }
        }
        return leaveStart(state, entering);
    }

    private long joined(ChunkState state, int j, int index, int position, long from) {
        if (included[j] == null) {
            return SegmentMembers.NEVER;
        }
        long joined = included[j].joinedAt(index);
        boolean unsubscribed = includedList[j] && state.unsubscribedAt(position) <= Math.max(from, joined);
        if (joined != SegmentMembers.NEVER && unsubscribed) {
            return SegmentMembers.NEVER;
        }
        return joined;
    }

    private boolean isExcluded(TileCounters counters, int index, long at) {
        for (int j = 0; j < excluded.length; j++) {
            if (excluded[j] != null && excluded[j].joinedAt(index) <= at) {
                counters.count(excludeTiles[j], 0);
                return true;
            }
        }
        return false;
    }

    private static SegmentMembers members(Population population, SegmentTile segment) {
        return population.segment(segment.segment()).orElse(null);
    }
}
