package org.waymark.store.activity;

import static org.waymark.store.schema.Tables.ACCOUNT;
import static org.waymark.store.schema.Tables.CONTACT;
import static org.waymark.store.schema.Tables.INTERACTION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityRelationship;
import org.waymark.model.activity.ActivityRelationship.ContactMatch;
import org.waymark.model.source.DataSource;
import org.waymark.model.source.SourceNames;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.source.DataSources;
import org.waymark.store.source.SourceTables;

/**
 * Runs activities: turns each definition's data source rows into ACTIVITY interactions. Each activity runs in its own
 * transaction and is keyed by (source {@code activity:<name>}, source_key = the row's primary key): rows are merged
 * on that key (a rerun updates them in place, ids kept) and entries whose key left the source are deleted. A key that
 * is not unique or empty stops that activity before anything is written.
 */
public final class ActivityUnifier {

    private static final String CONTACT_ID = "wm_contact_id";
    private static final String CONTACT_ACCOUNT = "wm_contact_account";
    private static final String ACCOUNT_ID = "wm_account_id";

    private final Store store;
    private final ActivityRepository repository;
    private final DataSources sources;

    public ActivityUnifier(Store store, ActivityRepository repository) {
        this.store = store;
        this.repository = repository;
        this.sources = new DataSources(store);
    }

    /** Runs every saved activity, in name order. */
    public List<ActivityRunReport> runAll() {
        List<ActivityRunReport> reports = new ArrayList<>();
        repository.list().forEach(d -> reports.add(run(d)));
        return reports;
    }

    public ActivityRunReport run(ActivityDefinition definition) {
        if (!definition.showInTimeline()) {
            long removed = store.dsl().transactionResult(tx ->
                    (long) ActivityRepository.deleteInteractions(tx.dsl(), definition.name()));
            return new ActivityRunReport(definition.name(), true, 0, 0, 0, 0, removed);
        }
        DataSource source = new ActivityChecks(sources).check(definition);
        KeyCheck keys = new ActivityKeyCheck(store).check(definition.source(), definition.key());
        if (!keys.ok()) {
            throw new StoreException("Activity " + definition.name() + ": " + keys.describe());
        }
        return store.dsl().transactionResult(tx -> unify(tx.dsl(), definition, source));
    }

    private ActivityRunReport unify(DSLContext ctx, ActivityDefinition d, DataSource source) {
        Set<String> stored = new HashSet<>(ctx.select(INTERACTION.SOURCE_KEY).from(INTERACTION)
                .where(INTERACTION.SOURCE.eq(d.interactionSource())).fetch(INTERACTION.SOURCE_KEY));
        InteractionRows rows = new InteractionRows(ctx, d, stored);
        Set<String> keys = new HashSet<>();
        long notMapped = 0;
        long unmatched = 0;
        long withoutTime = 0;
        for (Record r : select(ctx, d, source).fetchLazy()) {
            Long contact = r.get(CONTACT_ID, Long.class);
            Long account = contact != null ? r.get(CONTACT_ACCOUNT, Long.class) : r.get(ACCOUNT_ID, Long.class);
            Map<String, Object> values = new HashMap<>();
            d.columns().forEach(c -> values.put(c, r.get(c)));
            if (contact == null && account == null) {
                unmatched++;
            } else if (values.get(d.timestamp()) == null) {
                withoutTime++;
            } else {
                notMapped += contact == null ? 1 : 0;
                keys.add(rows.write(contact, account, values));
            }
        }
        rows.finish();
        List<Long> stale = new ArrayList<>();
        ctx.select(INTERACTION.ID, INTERACTION.SOURCE_KEY).from(INTERACTION)
                .where(INTERACTION.SOURCE.eq(d.interactionSource()))
                .forEach(r -> {
                    if (!keys.contains(r.value2())) {
                        stale.add(r.value1());
                    }
                });
        for (int i = 0; i < stale.size(); i += 1000) {
            ctx.deleteFrom(INTERACTION).where(INTERACTION.ID.in(stale.subList(i, Math.min(stale.size(), i + 1000))))
                    .execute();
        }
        return new ActivityRunReport(d.name(), false, keys.size(), notMapped, unmatched, withoutTime, stale.size());
    }

    /** The source rows with the contact and account each resolves to. */
    static org.jooq.ResultQuery<Record> select(DSLContext ctx, ActivityDefinition d, DataSource source) {
        Table<?> table = SourceTables.table(source.tableName()).as("s");
        List<Field<?>> fields = new ArrayList<>();
        d.columns().forEach(c -> fields.add(DSL.field(DSL.quotedName("s", c),
                SourceTables.javaType(source.column(c).orElseThrow().type())).as(c)));
        ActivityRelationship r = d.relationship();
        var c = CONTACT.as("wm_c");
        var a = ACCOUNT.as("wm_a");
        fields.add(r.contactColumn() == null ? DSL.inline((Long) null).as(CONTACT_ID) : c.ID.as(CONTACT_ID));
        fields.add(r.contactColumn() == null ? DSL.inline((Long) null).as(CONTACT_ACCOUNT)
                : c.ACCOUNT_ID.as(CONTACT_ACCOUNT));
        fields.add(r.accountColumn() == null ? DSL.inline((Long) null).as(ACCOUNT_ID) : a.ID.as(ACCOUNT_ID));
        var query = ctx.select(fields).from(table);
        org.jooq.SelectJoinStep<Record> joined = query;
        if (r.contactColumn() != null) {
            Field<Object> column = DSL.field(DSL.quotedName("s", r.contactColumn()));
            Condition on = r.contactMatch() == ContactMatch.ID ? c.ID.eq(idIn(column))
                    : org.waymark.store.MatchKeys.email(c).eq(DSL.lower(DSL.trim(column.cast(String.class)))); // indexed: one lookup a row
            joined = joined.leftJoin(c).on(on);
        }
        if (r.accountColumn() != null) {
            Field<Object> column = DSL.field(DSL.quotedName("s", r.accountColumn()));
            Condition on = r.accountMatch() == ActivityRelationship.AccountMatch.ID
                    ? a.ID.eq(idIn(column))
                    : org.waymark.store.MatchKeys.accountName(a).eq(DSL.lower(DSL.trim(column.cast(String.class))));
            joined = joined.leftJoin(a).on(on);
        }
        return joined.orderBy(DSL.field(DSL.quotedName("s", SourceNames.ROW_COLUMN)));
    }

    /**
     * The id a source cell holds, or null when it holds no whole number: compared with an id column as it is, so that
     * the primary key's index finds the row (a cast of the id column to text would read every row).
     */
    private static Field<Long> idIn(Field<Object> column) {
        Field<String> text = DSL.trim(column.cast(String.class));
        return DSL.when(DSL.condition("REGEXP_LIKE({0}, '^[0-9]+$')", text).and(DSL.length(text).le(18)),
                text.cast(Long.class)).otherwise(DSL.inline((Long) null));
    }
}
