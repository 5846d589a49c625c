package org.waymark.store.timeline;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineProfile;

/** The WHERE clause of a timeline: whose, which types and subtypes, when, and what the search text matches. */
final class TimelineConditions {

    private TimelineConditions() {
    }

    static Condition of(TimelineProfile profile, TimelineFilter filter, LocalDateTime now) {
        Condition where = whose(profile, filter);
        where = where.and(types(filter));
        LocalDateTime from = now == null ? null : filter.from(now);
        if (from != null) {
            where = where.and(INTERACTION.OCCURRED_AT.ge(from));
        }
        if (filter.until() != null) {
            where = where.and(INTERACTION.OCCURRED_AT.lt(filter.until()));
        }
        if (!filter.search().isEmpty()) {
            String needle = filter.search().toLowerCase(Locale.ROOT);
            where = where.and(DSL.lower(INTERACTION.ASSET_NAME).contains(needle)
                    .or(DSL.lower(INTERACTION.DETAIL).contains(needle)));
        }
        if (!filter.simulated()) {
            where = where.and(INTERACTION.SOURCE.ne(org.waymark.model.timeline.TimelineItem.SIMULATION));
        }
        return where;
    }

    private static Condition whose(TimelineProfile profile, TimelineFilter filter) {
        if (!profile.isAccount()) {
            return INTERACTION.CONTACT_ID.eq(profile.id());
        }
        Condition account = INTERACTION.ACCOUNT_ID.eq(profile.id());
        return switch (filter.scope().kind()) {
            case ALL -> account;
            case CONTACT -> account.and(INTERACTION.CONTACT_ID.eq(filter.scope().contactId()));
            case NOT_MAPPED -> account.and(INTERACTION.CONTACT_ID.isNull());
        };
    }

    private static Condition types(TimelineFilter filter) {
        if (filter.types().isEmpty()) {
            return DSL.noCondition();
        }
        List<Condition> kept = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (InteractionType type : filter.types()) {
            Set<String> subtypes = filter.subtypesOf(type);
            if (subtypes.isEmpty()) {
                whole.add(type.name());
            } else {
                kept.add(INTERACTION.TYPE.eq(type.name()).and(INTERACTION.SUBTYPE.in(subtypes)));
            }
        }
        if (!whole.isEmpty()) {
            kept.add(INTERACTION.TYPE.in(whole));
        }
        return TimelineRepository.anyOf(kept);
    }
}
