package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
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
import org.waymark.store.schema.tables.Account;

/**
 * Counts a dynamic segment's members by asking the store, for each rule alone, which contacts it selects — one bound
 * jOOQ query per rule, built from the same {@link SegmentConditions} pieces as the segment's SQL condition — and
 * combining the answers as {@link ContactSet}s in memory. H2 answers a whole condition row by row, probing a
 * subquery's result for every contact, which over a million contacts takes seconds when a rule is broad ("not on the
 * Events list", "did not open in 90 days"); each rule alone is an index read, and a negative rule is read as its
 * positive form and complemented, never listed; a rule on the account is read from the accounts it names, joined to
 * their contacts, and a consent rule as the ranks it accepts ({@link ConsentRanks}). A rule answered at an earlier
 * count over unchanged tables is not read again ({@link RuleAnswers}).
 * The others are read in parallel through {@link RuleReads}, each rule
 * once however often it appears, on connections of {@code dsl}'s pool: a count is not one transaction, which under
 * H2's read-committed isolation never made its statements see one snapshot anyway. The ids are read as ordinary
 * results, not with H2's lazy execution: a lazy cursor read while H2 rewrote its file failed with "Chunk not found"
 * (H2 2.3.232, h2database issue 4142).
 */
final class SegmentCounter {

    private final DSLContext dsl;
    private final SegmentConditions conditions;
    private final RuleReads reads;
    private final RuleAnswers answers;

    SegmentCounter(DSLContext dsl, SegmentConditions conditions, RuleReads reads, RuleAnswers answers) {
        this.dsl = dsl;
        this.conditions = conditions;
        this.reads = reads;
        this.answers = answers;
    }

    /**
     * How many contacts {@code query} selects; -1 when the ids do not fit a bitmap (ids beyond {@code int}), where the
     * caller counts with SQL instead.
     */
    long count(RuleGroup query) {
        return members(query).map(Members::count).orElse(-1L);
    }

    /** The contacts {@code query} selects; empty when the ids do not fit a bitmap (ids beyond {@code int}). */
    Optional<Members> members(RuleGroup query) {
        ContactRange contacts = range(dsl);
        if (contacts.count() > 0 && contacts.max() > Integer.MAX_VALUE - 1) {
            return Optional.empty();
        }
        if (query.isEmpty()) {
            return Optional.of(new Members(ContactSet.everyone(), contacts.count()));
        }
        RuleGroup counted = ConsentRanks.expand(query);
        Set<SegmentRule> leaves = new LinkedHashSet<>();
        collect(counted, leaves);
        return Optional.of(new Members(group(counted, answers(leaves, contacts)), contacts.count()));
    }

    /** What each rule selects: kept from an earlier count while the tables are unchanged, otherwise read now. */
    private Map<SegmentRule, ContactSet> answers(Set<SegmentRule> leaves, ContactRange contacts) {
        RuleAnswers.Stamps stamps = answers.stamps(dsl);
        Map<RuleAnswers.Key, ContactSet> known = answers.known(stamps, leaves.stream().map(this::key).toList());
        Map<SegmentRule, ContactSet> all = new HashMap<>();
        List<SegmentRule> unknown = new ArrayList<>();
        for (SegmentRule rule : leaves) {
            ContactSet answer = known.get(key(rule));
            if (answer != null) {
                all.put(rule, answer);
            } else {
                unknown.add(rule);
            }
        }
        Map<SegmentRule, ContactSet> read = reads.run(unknown, connection -> rule -> read(connection, contacts, rule));
        Map<RuleAnswers.Key, ContactSet> fresh = new HashMap<>();
        read.forEach((rule, answer) -> fresh.put(key(rule), answer));
        answers.keep(stamps, fresh);
        all.putAll(read);
        return all;
    }

    private RuleAnswers.Key key(SegmentRule rule) {
        return RuleAnswers.Key.of(rule, conditions.asOf());
    }

    /** A segment's contacts, and how many contacts there are in all (the size of "everyone"). */
    record Members(ContactSet set, long everyone) {

        long count() {
            return set.size(everyone);
        }
    }

    private static void collect(RuleGroup group, Set<SegmentRule> leaves) {
        for (SegmentRule rule : group.effectiveRules()) {
            if (rule instanceof RuleGroup nested) {
                collect(nested, leaves);
            } else {
                leaves.add(rule);
            }
        }
    }

    private static ContactSet group(RuleGroup group, Map<SegmentRule, ContactSet> read) {
        return switch (group.match()) {
            case ALL -> {
                ContactSet all = ContactSet.everyone();
                for (SegmentRule rule : group.effectiveRules()) {
                    all = all.and(rule(rule, read));
                }
                yield all;
            }
            case ANY -> any(group, read);
            case NONE -> any(group, read).not();
        };
    }

    private static ContactSet any(RuleGroup group, Map<SegmentRule, ContactSet> read) {
        ContactSet any = ContactSet.nobody();
        for (SegmentRule rule : group.effectiveRules()) {
            any = any.or(rule(rule, read));
        }
        return any;
    }

    private static ContactSet rule(SegmentRule rule, Map<SegmentRule, ContactSet> read) {
        return rule instanceof RuleGroup nested ? group(nested, read) : read.get(rule);
    }

    /** The contacts one rule (not a group) selects, read on {@code connection}. */
    private ContactSet read(Connection connection, ContactRange contacts, SegmentRule rule) {
        DSLContext on = DSL.using(connection, dsl.dialect());
        if (rule instanceof FieldRule field) {
            ContactSet matching = ids(connection, matching(on, field));
            return SegmentConditions.isNegated(field) ? matching.not() : matching;
        } else if (rule instanceof ConsentRule consent) {
            return ids(connection, on.select(CONTACT.ID).from(CONTACT).where(SegmentConditions.consent(consent)));
        } else if (rule instanceof SubscriptionRule subscription) {
            ContactSet members = ids(connection, on.select(SEGMENT_MEMBER.CONTACT_ID).from(SEGMENT_MEMBER)
                    .where(SEGMENT_MEMBER.SEGMENT_ID.eq(conditions.listId(subscription))));
            return subscription.subscribed() ? members : members.not();
        } else if (rule instanceof BehaviourRule behaviour) {
            ContactSet who = existing(on, connection, contacts, ids(connection, on.select(INTERACTION.CONTACT_ID)
                    .from(INTERACTION).where(conditions.interactions(behaviour))));
            return behaviour.happened() ? who : who.not();
        }
        throw new IllegalStateException("unknown rule " + rule);
    }

    /**
     * The contacts that meet the positive form of {@code field}: for a rule on the account, the accounts that meet it
     * joined to their contacts; otherwise the contacts, through {@link FewValues} when that is the cheaper way.
     */
    private static ResultQuery<Record1<Long>> matching(DSLContext on, FieldRule field) {
        Optional<Condition> onAccount = SegmentConditions.onAccount(field);
        if (onAccount.isPresent()) {
            Account account = SegmentConditions.ruleAccount();
            return on.select(CONTACT.ID).from(account).join(CONTACT).on(CONTACT.ACCOUNT_ID.eq(account.ID))
                    .where(onAccount.get());
        }
        return on.select(CONTACT.ID).from(CONTACT)
                .where(FewValues.of(on, field).orElseGet(() -> SegmentConditions.positiveField(field)));
    }

    /**
     * The ids {@code query} reads (duplicates and nulls ignored), through plain JDBC with the query's bind values: a
     * broad rule yields hundreds of thousands of rows, and jOOQ's cursor added to the cost of each.
     */
    private static ContactSet ids(Connection connection, ResultQuery<Record1<Long>> query) {
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
    private static ContactSet existing(DSLContext on, Connection connection, ContactRange contacts,
            ContactSet who) {
        if (contacts.count() == 0) {
            return ContactSet.nobody();
        }
        if (contacts.max() - contacts.min() + 1 == contacts.count()) {
            BitSet range = new BitSet();
            range.set((int) contacts.min(), (int) contacts.max() + 1);
            return who.and(ContactSet.of(range));
        }
        return who.and(ids(connection, on.select(CONTACT.ID).from(CONTACT)));
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
