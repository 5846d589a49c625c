package org.waymark.store.segment;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.BUSINESS_UNIT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.SEGMENT;
import static org.waymark.store.schema.Tables.SEGMENT_MEMBER;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.SegmentRule;
import org.waymark.model.segment.SubscriptionRule;

/**
 * The contacts each rule selected at the last counts, kept while none of the tables that rule is read from has
 * changed, so that the builder's live count, after one condition was edited, reads that condition alone, and a
 * simulation's new interactions leave the answers of list, consent and field rules in place. Whether a table changed
 * is H2's own answer: {@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION}, the counter H2 raises when a statement
 * changes a table and again once that change is committed, and by which it reuses a query's last result itself. The
 * counters are read before the rules are, and an answer is kept with its tables' counters of that moment: it is used
 * only while they stay the same, so a change committed during a read only costs that rule a second read. A behaviour
 * rule's answer also depends on the moment it counts back from, which is part of its key. At most {@code capacity}
 * answers are kept, the least recently used dropped first (an answer is a bitmap of at most 125 KB per million
 * contacts). Thread-safe.
 */
final class RuleAnswers {

    /** The tables any rule reads, all in H2's default schema (the generated classes name no schema). */
    private static final List<Table<?>> TABLES = List.of(CONTACT, ACCOUNT, BUSINESS_UNIT, SEGMENT, SEGMENT_MEMBER,
            INTERACTION);

    private final int capacity;
    private final Map<Key, Kept> kept;
    private long reused;

    /** Keeps up to {@code capacity} answers; none at all when it is 0. */
    RuleAnswers(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.kept = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** What a rule's answer depends on besides the tables: the rule, and the moment a behaviour rule counts back from. */
    record Key(SegmentRule rule, LocalDateTime asOf) {

        static Key of(SegmentRule rule, LocalDateTime asOf) {
            return new Key(rule, rule instanceof BehaviourRule ? asOf : null);
        }
    }

    /** The modification counter of each table at one moment; none when H2 did not tell (then nothing is kept). */
    record Stamps(Map<String, Long> byTable) {

        static final Stamps NONE = new Stamps(Map.of());

        boolean isKnown() {
            return !byTable.isEmpty();
        }

        /** These stamps cut down to the tables {@code rule} reads. */
        Stamps of(SegmentRule rule) {
            Map<String, Long> own = new HashMap<>();
            for (Table<?> table : tables(rule)) {
                own.put(table.getName(), byTable.get(table.getName()));
            }
            return new Stamps(Map.copyOf(own));
        }
    }

    private record Kept(ContactSet answer, Stamps stamps) {
    }

    /** Where the tables stand now, read through {@code dsl}. */
    Stamps stamps(DSLContext dsl) {
        if (capacity == 0) {
            return Stamps.NONE;
        }
        Field<String> name = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<Long> modified = DSL.field(DSL.name("LAST_MODIFICATION"), Long.class);
        Map<String, Long> byTable = new HashMap<>();
        for (Record2<String, Long> row : dsl.select(name, modified)
                .from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                .and(name.in(TABLES.stream().map(Table::getName).toList()))) {
            if (row.value2() != null) {
                byTable.put(row.value1(), row.value2());
            }
        }
        return byTable.size() == TABLES.size() ? new Stamps(Map.copyOf(byTable)) : Stamps.NONE;
    }

    /** The answers kept for {@code keys} whose tables are as {@code now} finds them; stale ones are dropped. */
    synchronized Map<Key, ContactSet> known(Stamps now, Collection<Key> keys) {
        Map<Key, ContactSet> known = new HashMap<>();
        if (!now.isKnown()) {
            return known;
        }
        for (Key key : keys) {
            Kept answer = kept.get(key);
            if (answer != null && answer.stamps().equals(now.of(key.rule()))) {
                known.put(key, answer.answer());
            } else if (answer != null) {
                kept.remove(key);
            }
        }
        reused += known.size();
        return known;
    }

    /** Keeps {@code answers}, read after {@code before} was taken. */
    synchronized void keep(Stamps before, Map<Key, ContactSet> answers) {
        if (!before.isKnown() || capacity == 0) {
            return;
        }
        answers.forEach((key, answer) -> kept.put(key, new Kept(answer, before.of(key.rule()))));
        var oldest = kept.keySet().iterator();
        while (kept.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
    }

    /** How many answers counts have taken from memory instead of reading them. */
    synchronized long reused() {
        return reused;
    }

    /**
     * The tables {@code rule}'s answer is read from: a behaviour rule's interactions are cut to the contacts that
     * exist, and a list's members leave it when their contact is deleted (a cascading foreign key).
     */
    static List<Table<?>> tables(SegmentRule rule) {
        if (rule instanceof FieldRule field) {
            return switch (field.field()) {
                case ACCOUNT_NAME, ACCOUNT_INDUSTRY, ACCOUNT_CITY, ACCOUNT_COUNTRY -> List.of(CONTACT, ACCOUNT);
                case BUSINESS_UNIT -> List.of(CONTACT, BUSINESS_UNIT);
                default -> List.of(CONTACT);
            };
        } else if (rule instanceof SubscriptionRule) {
            return List.of(SEGMENT, SEGMENT_MEMBER);
        } else if (rule instanceof BehaviourRule) {
            return List.of(INTERACTION, CONTACT);
        }
        return List.of(CONTACT);
    }
}
