package org.waymark.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.waymark.model.journey.BusinessUnitScope;
import org.waymark.model.journey.JourneySettings;

/**
 * Who may enter a journey at all: contacts with at least the minimum consent, of a business unit in scope
 * (organization: all; business unit: the owner's unit and every unit below it), and not in the suppression
 * segment at the time they would enter.
 */
final class Gates {

    static final int ADMITTED = -1;
    static final int BELOW_CONSENT = 0;
    static final int OUT_OF_SCOPE = 1;
    static final int SUPPRESSED = 2;

    private final Population population;
    private final int minimumConsent;
    private final long[] unitsInScope;
    private final SegmentMembers suppression;

    Gates(JourneySettings settings, Population population, long ownerBusinessUnitId) {
        this.population = population;
        this.minimumConsent = settings.minimumConsent() == null ? 0 : settings.minimumConsent().rank();
        this.unitsInScope = settings.scope() == BusinessUnitScope.BUSINESS_UNIT
                ? unitAndBelow(ownerBusinessUnitId, population.businessUnits()) : null;
        this.suppression = blank(settings.suppressionSegment()) ? null
                : population.segment(settings.suppressionSegment()).orElse(null);
    }

    /** {@link #ADMITTED}, or the first gate that refuses the contact at population {@code index} at {@code at}. */
    int refusal(int index, long at) {
        if (population.consentRank(index) < minimumConsent) {
            return BELOW_CONSENT;
        }
        if (unitsInScope != null && Arrays.binarySearch(unitsInScope, population.businessUnitId(index)) < 0) {
            return OUT_OF_SCOPE;
        }
        if (suppressedFrom(index) <= at) {
            return SUPPRESSED;
        }
        return ADMITTED;
    }

    /** When the contact joined the suppression segment, or {@link SegmentMembers#NEVER}. */
    long suppressedFrom(int index) {
        return suppression == null ? SegmentMembers.NEVER : suppression.joinedAt(index);
    }

    private static long[] unitAndBelow(long owner, Map<Long, Long> parents) {
        Deque<Long> todo = new ArrayDeque<>();
        Set<Long> found = new TreeSet<>();
        todo.add(owner);
        while (!todo.isEmpty()) {
            long unit = todo.poll();
            if (found.add(unit)) {
                parents.forEach((child, parent) -> {
                    if (parent == unit) {
                        todo.add(child);
                    }
                });
            }
        }
        return found.stream().mapToLong(Long::longValue).toArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
