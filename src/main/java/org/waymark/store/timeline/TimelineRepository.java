package org.waymark.store.timeline;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SIMULATION_RUN;
import static org.waymark.store.schema.Tables.SIMULATION_TILE;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionType;
import org.waymark.model.timeline.ContactScope;
import org.waymark.model.timeline.TimelineCursor;
import org.waymark.model.timeline.TimelineFilter;
import org.waymark.model.timeline.TimelineItem;
import org.waymark.model.timeline.TimelineProfile;
import org.waymark.store.Store;

/**
 * A profile's interactions, newest first, a page at a time. Pages are cut by the (time, id) of the last item shown
 * (keyset paging), so a page costs the same however deep the user has scrolled, and the (contact, time) and
 * (account, time) indexes serve every filter. Every value from the user is a bound parameter.
 */
public final class TimelineRepository {

    /** The columns {@link #item} reads; the contact's name comes from a left join on CONTACT. */
    /** The journey a simulated interaction's run simulated; null for a real one. */
    private static final Field<String> SIMULATED_IN = org.jooq.impl.DSL.field(org.jooq.impl.DSL
            .select(SIMULATION_RUN.JOURNEY_NAME).from(SIMULATION_RUN)
            .where(SIMULATION_RUN.RUN_ID.eq(INTERACTION.RUN_ID))).as("simulated_in");
    /** The name the tile that produced a simulated interaction had in its run; null for a real one. */
    private static final Field<String> SIMULATED_AT = org.jooq.impl.DSL.field(org.jooq.impl.DSL
            .select(SIMULATION_TILE.TILE_NAME).from(SIMULATION_TILE)
            .where(SIMULATION_TILE.RUN_ID.eq(INTERACTION.RUN_ID).and(SIMULATION_TILE.TILE_ID.eq(INTERACTION.TILE_ID))))
            .as("simulated_at");
    static final List<Field<?>> COLUMNS = List.of(INTERACTION.ID, INTERACTION.CONTACT_ID, CONTACT.FIRST_NAME,
            CONTACT.LAST_NAME, INTERACTION.TYPE, INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT, INTERACTION.ASSET_KIND,
            INTERACTION.ASSET_ID, INTERACTION.ASSET_NAME, INTERACTION.DETAIL, INTERACTION.URL, INTERACTION.SOURCE,
            SIMULATED_IN, SIMULATED_AT);

    private final DSLContext dsl;

    public TimelineRepository(Store store) {
        this.dsl = store.dsl();
    }

    /**
     * At most {@code limit} items of {@code profile} that {@code filter} keeps, older than {@code after} (null: from
     * the newest); {@code now} anchors the relative periods ("last 7 days").
     */
    public List<TimelineItem> page(TimelineProfile profile, TimelineFilter filter, TimelineCursor after, int limit,
                                   LocalDateTime now) {
        Condition where = TimelineConditions.of(profile, filter, now);
        if (after != null) {
            // The redundant "<=" bounds the index range, so H2 starts reading at the cursor instead of the newest item.
            where = where.and(INTERACTION.OCCURRED_AT.le(after.occurredAt()))
                    .and(INTERACTION.OCCURRED_AT.lt(after.occurredAt())
                            .or(INTERACTION.OCCURRED_AT.eq(after.occurredAt()).and(INTERACTION.ID.lt(after.id()))));
        }
        return dsl.select(COLUMNS)
                .from(INTERACTION)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(INTERACTION.CONTACT_ID))
                .where(where)
                .orderBy(owner(profile).desc(), INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc())
                .limit(limit)
                .fetch(TimelineRepository::item);
    }

    /**
     * The column the profile's index starts with. Sorting by it first (it is constant here, so the order is the same)
     * lets H2 read the (contact, time) or (account, time) index backwards and stop after {@code limit} rows: H2 only
     * matches an ORDER BY to an index from the index's first column, and the index's row key breaks ties by id.
     */
    private static Field<Long> owner(TimelineProfile profile) {
        return profile.isAccount() ? INTERACTION.ACCOUNT_ID : INTERACTION.CONTACT_ID;
    }

    /** How many items of {@code profile} the filter keeps. */
    public int count(TimelineProfile profile, TimelineFilter filter, LocalDateTime now) {
        return dsl.fetchCount(INTERACTION, TimelineConditions.of(profile, filter, now));
    }

    /**
     * How many items of {@code profile} the filter keeps, counted no further than {@code cap} + 1: a result above
     * {@code cap} means "more than {@code cap}". Costs the same for a contact of a million items as for one of
     * {@code cap}; the pane's heading says "10,000+" rather than walking the whole history.
     */
    public int countUpTo(TimelineProfile profile, TimelineFilter filter, int cap, LocalDateTime now) {
        return dsl.fetchCount(dsl.selectOne().from(INTERACTION).where(TimelineConditions.of(profile, filter, now))
                .limit(cap + 1));
    }

    /** The contact {@code id}'s profile, named after them; empty when there is no such contact. */
    public Optional<TimelineProfile> contact(long id) {
        return dsl.select(CONTACT.FIRST_NAME, CONTACT.LAST_NAME).from(CONTACT).where(CONTACT.ID.eq(id))
                .fetchOptional(r -> TimelineProfile.contact(id, name(r.value1(), r.value2())));
    }

    /** The account {@code id}'s profile; empty when there is no such account. */
    public Optional<TimelineProfile> account(long id) {
        return dsl.select(ACCOUNT.NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(r -> TimelineProfile.account(id, r.value1()));
    }

    /** The account's contacts, by name, for the contact filter of an account's timeline. */
    public List<ContactChoice> contactsOf(long accountId) {
        List<ContactChoice> choices = new ArrayList<>();
        dsl.select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME).from(CONTACT)
                .where(CONTACT.ACCOUNT_ID.eq(accountId))
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME, CONTACT.ID)
                .forEach(r -> choices.add(new ContactChoice(r.value1(), name(r.value2(), r.value3()))));
        return choices;
    }

    /** The subtypes stored for {@code type} on the profile's timeline (activities have open-ended ones). */
    public List<String> subtypesOf(TimelineProfile profile, InteractionType type) {
        return dsl.selectDistinct(INTERACTION.SUBTYPE).from(INTERACTION)
                .where(TimelineConditions.of(profile, TimelineFilter.none().withScope(ContactScope.all()), null))
                .and(INTERACTION.TYPE.eq(type.name()))
                .orderBy(INTERACTION.SUBTYPE)
                .fetch(INTERACTION.SUBTYPE);
    }

    /** A contact of an account, as the contact filter lists it. */
    public record ContactChoice(long id, String name) {
    }

    static TimelineItem item(Record r) {
        Long contact = r.get(INTERACTION.CONTACT_ID);
        Long asset = r.get(INTERACTION.ASSET_ID);
        return new TimelineItem(r.get(INTERACTION.ID), contact == null ? 0 : contact,
                contact == null ? "" : name(r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME)),
                type(r.get(INTERACTION.TYPE)), r.get(INTERACTION.SUBTYPE), r.get(INTERACTION.OCCURRED_AT),
                r.get(INTERACTION.ASSET_KIND), asset == null ? 0 : asset, r.get(INTERACTION.ASSET_NAME),
                r.get(INTERACTION.DETAIL), r.get(INTERACTION.URL), r.get(INTERACTION.SOURCE), r.get(SIMULATED_IN),
                r.get(SIMULATED_AT));
    }

    private static InteractionType type(String stored) {
        try {
            return InteractionType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return InteractionType.ACTIVITY;
        }
    }

    private static String name(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    static Condition anyOf(List<Condition> conditions) {
        return conditions.isEmpty() ? DSL.noCondition() : DSL.or(conditions);
    }
}
