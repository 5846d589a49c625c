package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/**
 * Counts a dynamic segment's members by asking the store, for each rule alone, which contacts it selects — one bound
 * jOOQ query per rule, built from the same {@link SegmentConditions} pieces as the segment's SQL condition — and
 * combining the answers as {@link ContactSet}s in memory. H2 answers a whole condition row by row, probing a
 * subquery's result for every contact, which over a million contacts takes seconds when a rule is broad ("not on the
 * Events list", "did not open in 90 days"); each rule alone is an index read, and a negative rule is read as its
 * positive form and complemented, never listed. All of a count runs on one connection of {@code dsl}. The ids are
 * read as ordinary results, not with H2's lazy execution: a lazy cursor read while H2 rewrote its file failed with
 * "Chunk not found" (H2 2.3.232, h2database issue 4142).
 */
final class SegmentCounter {

    private final DSLContext dsl;
    private final SegmentConditions conditions;
    private ContactRange contacts;
    private Connection connection;

    SegmentCounter(DSLContext dsl, SegmentConditions conditions) {
        this.dsl = dsl;
        this.conditions = conditions;
    }

    /**
     * How many contacts {@code query} selects; -1 when the ids do not fit a bitmap (ids beyond {@code int}), where the
     * caller counts with SQL instead.
     */
    long count(RuleGroup query) {
        return dsl.connectionResult(used -> {
            connection = used;
            DSLContext on = DSL.using(used, dsl.dialect());
            contacts = range(on);
            if (contacts.count() > 0 && contacts.max() > Integer.MAX_VALUE - 1) {
                return -1L;
            }
            if (query.isEmpty()) {
                return contacts.count();
            }
            return group(on, query).size(contacts.count());
        });
    }

    private ContactSet group(DSLContext on, RuleGroup group) {
        return switch (group.match()) {
            case ALL -> {
                ContactSet all = ContactSet.everyone();
                for (SegmentRule rule : group.effectiveRules()) {
                    all = all.and(rule(on, rule));
                }
                yield all;
            }
            case ANY -> any(on, group);
            case NONE -> any(on, group).not();
        };
    }

    private ContactSet any(DSLContext on, RuleGroup group) {
        ContactSet any = ContactSet.nobody();
        for (SegmentRule rule : group.effectiveRules()) {
            any = any.or(rule(on, rule));
        }
        return any;
    }

    private ContactSet rule(DSLContext on, SegmentRule rule) {
        if (rule instanceof RuleGroup nested) {
            return group(on, nested);
        } else if (rule instanceof FieldRule field) {
            ContactSet matching = ids(on.select(CONTACT.ID).from(CONTACT).where(FewValues.of(on, field)
                    .orElseGet(() -> SegmentConditions.positiveField(field))));
            return SegmentConditions.isNegated(field) ? matching.not() : matching;
        } else if (rule instanceof ConsentRule consent) {
            return ids(on.select(CONTACT.ID).from(CONTACT).where(SegmentConditions.consent(consent)));
        } else if (rule instanceof SubscriptionRule subscription) {
            ContactSet members = ids(on.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                    .where(SEGMENT_MEMBER.SEGMENT_ID.eq(conditions.listId(subscription))));
            return subscription.subscribed() ? members : members.not();
        } else if (rule instanceof BehaviourRule behaviour) {
            ContactSet who = existing(on, ids(on.select(INTERACTION.CONTACT_ID).from(INTERACTION)
                    .where(conditions.interactions(behaviour))));
            return behaviour.happened() ? who : who.not();
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    /**
     * The ids {@code query} reads (duplicates and nulls ignored), through plain JDBC with the query's bind values: a
     * broad rule yields hundreds of thousands of rows, and jOOQ's cursor added to the cost of each.
     */
    private ContactSet ids(ResultQuery<Record1<Long>> query) {
        BitSet ids = new BitSet();
        try (PreparedStatement statement = connection.prepareStatement(query.getSQL(ParamType.INDEXED))) {
            List<Object> values = query.getBindValues();
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (!rows.wasNull() && id >= 0 && id < Integer.MAX_VALUE) {
                        ids.set((int) id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("Cannot read a segment rule's contacts", e);
        }
        return ContactSet.of(ids);
    }

    /**
     * Only the contacts that exist of {@code who} (interactions do not reference contacts by a foreign key): when the
     * ids run without gaps, those between the first and the last; otherwise those the contact table lists.
     */
    private ContactSet existing(DSLContext on, ContactSet who) {
        if (contacts.count() == 0) {
            return ContactSet.nobody();
        }
        if (contacts.max() - contacts.min() + 1 == contacts.count()) {
            BitSet range = new BitSet();
            range.set((int) contacts.min(), (int) contacts.max() + 1);
            return who.and(ContactSet.of(range));
        }
        return who.and(ids(on.select(CONTACT.ID).from(CONTACT)));
    }

    private static ContactRange range(DSLContext on) {
        Record3<Integer, Long, Long> row = on.select(DSL.count(), DSL.min(CONTACT.ID), DSL.max(CONTACT.ID))
                .from(CONTACT).fetchOne();
        return row.value1() == 0 ? new ContactRange(0, 0, 0)
                : new ContactRange(row.value1(), row.value2(), row.value3());
    }

    private record ContactRange(long count, long min, long max) {
    }
}
