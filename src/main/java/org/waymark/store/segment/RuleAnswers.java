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
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.waymark.model.segment.BehaviourRule;
import org.waymark.model.segment.SegmentRule;

/**
 * The contacts each rule selected at the last counts, kept while none of the tables a rule is read from has changed,
 * so that the builder's live count, after one condition was edited, reads that condition alone. Whether the tables
 * changed is H2's own answer: {@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION}, the counter H2 raises when a
 * statement changes a table and again once that change is committed, and by which it reuses a query's last result
 * itself. The counter is read before the rules are: answers kept under it are used only while it stays the same, so a
 * change committed during a read only costs that rule a second read. A behaviour rule's answer also depends on the
 * moment it counts back from, which is part of its key. At most {@code capacity} answers are kept, the least
 * recently used dropped first (an answer is a bitmap of at most 125 KB per million contacts). Thread-safe.
 */
final class RuleAnswers {

    /** The tables any rule reads, all in H2's default schema (the generated classes name no schema). */
    private static final List<Table<?>> TABLES = List.of(CONTACT, ACCOUNT, BUSINESS_UNIT, SEGMENT, SEGMENT_MEMBER,
            INTERACTION);

    private final int capacity;
    private final Map<Key, ContactSet> kept;
    private long stamp = -1;
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

    /**
     * Where the tables stand now: the highest modification counter among them, read through {@code dsl}; empty when H2
     * does not tell for some table (then nothing is kept or reused).
     */
    OptionalLong stamp(DSLContext dsl) {
        if (capacity == 0) {
            return OptionalLong.empty();
        }
        Field<Long> modified = DSL.field(DSL.name("LAST_MODIFICATION"), Long.class);
        Record2<Long, Integer> row = dsl.select(DSL.max(modified), DSL.count(modified))
                .from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                .and(DSL.field(DSL.name("TABLE_NAME"), String.class).in(TABLES.stream().map(Table::getName).toList()))
                .fetchOne();
        return row == null || row.value2() != TABLES.size() || row.value1() == null ? OptionalLong.empty()
                : OptionalLong.of(row.value1());
    }

    /** The answers kept for {@code keys} under {@code stamp}; everything kept under another stamp is dropped. */
    synchronized Map<Key, ContactSet> known(OptionalLong stamp, Collection<Key> keys) {
        Map<Key, ContactSet> known = new HashMap<>();
        if (stamp.isEmpty()) {
            return known;
        }
        if (stamp.getAsLong() != this.stamp) {
            kept.clear();
            this.stamp = stamp.getAsLong();
        }
        for (Key key : keys) {
            ContactSet answer = kept.get(key);
            if (answer != null) {
                known.put(key, answer);
            }
        }
        reused += known.size();
        return known;
    }

    /** Keeps {@code answers}, read after {@code stamp} was taken, unless the tables have moved on since. */
    synchronized void keep(OptionalLong stamp, Map<Key, ContactSet> answers) {
        if (stamp.isEmpty() || stamp.getAsLong() < this.stamp) {
            return;
        }
        if (stamp.getAsLong() > this.stamp) {
            kept.clear();
            this.stamp = stamp.getAsLong();
        }
        kept.putAll(answers);
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
}
