package org.waymark.model.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.waymark.model.interaction.InteractionType;

/**
 * What a timeline shows. {@code types} empty means every type; {@code subtypes} (keys made by {@link #subtypeKey})
 * narrows the chosen types to some of their subtypes ("only opened emails"); a type none of whose subtypes is listed
 * keeps all of them. {@code period} with, for {@link TimelinePeriod#CUSTOM}, the first and last day (either may be
 * null: open-ended). {@code search} is matched, in any case, against asset names and details. {@code simulated}
 * shows the interactions simulations saved (marked as such) beside the real ones. Immutable.
 */
public record TimelineFilter(Set<InteractionType> types, Set<String> subtypes, TimelinePeriod period,
                             LocalDate customFrom, LocalDate customTo, String search, ContactScope scope,
                             boolean simulated) {

    private static final TimelineFilter NONE = new TimelineFilter(Set.of(), Set.of(), TimelinePeriod.ALL_TIME, null,
            null, "", ContactScope.all(), true);

    public TimelineFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        subtypes = Set.copyOf(new TreeSet<>(subtypes));
        search = search == null ? "" : search.strip();
    }

    /** Everything: all types, all time, no search, all contacts. */
    public static TimelineFilter none() {
        return NONE;
    }

    public static String subtypeKey(InteractionType type, String subtype) {
        return type.name() + "/" + subtype;
    }

    public TimelineFilter withTypes(Set<InteractionType> chosen) {
        return new TimelineFilter(chosen, subtypes, period, customFrom, customTo, search, scope, simulated);
    }

    public TimelineFilter withSubtypes(Set<String> chosen) {
        return new TimelineFilter(types, chosen, period, customFrom, customTo, search, scope, simulated);
    }

    public TimelineFilter withPeriod(TimelinePeriod chosen) {
        return new TimelineFilter(types, subtypes, chosen, customFrom, customTo, search, scope, simulated);
    }

    public TimelineFilter withCustomRange(LocalDate from, LocalDate to) {
        return new TimelineFilter(types, subtypes, TimelinePeriod.CUSTOM, from, to, search, scope, simulated);
    }

    public TimelineFilter withSearch(String text) {
        return new TimelineFilter(types, subtypes, period, customFrom, customTo, text, scope, simulated);
    }

    /** Shows (the default) or hides the interactions simulations saved. */
    public TimelineFilter withSimulated(boolean shown) {
        return new TimelineFilter(types, subtypes, period, customFrom, customTo, search, scope, shown);
    }

    public TimelineFilter withScope(ContactScope chosen) {
        return new TimelineFilter(types, subtypes, period, customFrom, customTo, search, chosen, simulated);
    }

    /** The subtypes of {@code type} this filter keeps; empty when it keeps them all. */
    public Set<String> subtypesOf(InteractionType type) {
        Set<String> kept = new TreeSet<>();
        String prefix = type.name() + "/";
        for (String key : subtypes) {
            if (key.startsWith(prefix)) {
                kept.add(key.substring(prefix.length()));
            }
        }
        return kept;
    }

    /** The earliest moment shown (inclusive), or null when unbounded; {@code now} anchors the relative periods. */
    public LocalDateTime from(LocalDateTime now) {
        if (period == TimelinePeriod.CUSTOM) {
            return customFrom == null ? null : customFrom.atStartOfDay();
        }
        return period.start(now);
    }

    /** The moment after the last one shown (exclusive), or null when unbounded. */
    public LocalDateTime until() {
        return period == TimelinePeriod.CUSTOM && customTo != null ? customTo.plusDays(1).atStartOfDay() : null;
    }

    /** True when something is filtered out. */
    public boolean isActive() {
        return !equals(NONE.withScope(scope)) || scope.kind() != ContactScope.Kind.ALL;
    }
}
