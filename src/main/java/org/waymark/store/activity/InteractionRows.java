package org.waymark.store.activity;

import static org.waymark.store.schema.Tables.INTERACTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivitySummary;
import org.waymark.model.interaction.InteractionType;

/**
 * Writes one activity's timeline entries: an entry already there (its key among {@code stored}) by MERGE ... KEY
 * (source, source_key) batches, updated in place with its id kept; a new one by plain INSERT batches, which need no
 * lookup first (a first run of a million rows is all inserts). Type ACTIVITY, subtype the event value, asset kind the
 * activity type, asset name the activity name, detail the readable summary.
 */
final class InteractionRows {

    private static final int BATCH = 2_000;
    private static final int MAX_SUBTYPE = 60;
    private static final int MAX_URL = 2000;
    private static final int MAX_KEY = 200;

    private final DSLContext ctx;
    private final ActivityDefinition definition;
    private final java.util.Set<String> stored;
    private BatchBindStep merges;
    private BatchBindStep inserts;
    private int pendingMerges;
    private int pendingInserts;

    /** {@code stored}: the keys of the entries this activity already has on timelines. */
    InteractionRows(DSLContext ctx, ActivityDefinition definition, java.util.Set<String> stored) {
        this.ctx = ctx;
        this.definition = definition;
        this.stored = stored;
    }

    /** Queues one entry; returns its source key. */
    String write(Long contactId, Long accountId, Map<String, Object> values) {
        String key = cut(text(values.get(definition.key())), MAX_KEY);
        boolean update = stored.contains(key);
        if (update && merges == null) {
            merges = ctx.batch(ctx.mergeInto(INTERACTION).columns(COLUMNS).key(INTERACTION.SOURCE, INTERACTION.SOURCE_KEY)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        } else if (!update && inserts == null) {
            inserts = ctx.batch(ctx.insertInto(INTERACTION).columns(COLUMNS)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        }
        BatchBindStep batch = update ? merges : inserts;
        String event = cut(text(values.get(definition.event())), MAX_SUBTYPE);
        String url = definition.webAddress() == null ? null : cut(text(values.get(definition.webAddress())), MAX_URL);
        batch.bind(contactId, accountId, InteractionType.ACTIVITY.name(),
                event.isEmpty() ? definition.type().name() : event, time(values.get(definition.timestamp())),
                cut(definition.type().name(), 40), definition.name(), ActivitySummary.of(definition, values),
                url == null || url.isEmpty() ? null : url, definition.interactionSource(), key);
        if (update ? ++pendingMerges == BATCH : ++pendingInserts == BATCH) {
            finish();
        }
        return key;
    }

    void finish() {
        if (pendingMerges > 0) {
            merges.execute();
        }
        if (pendingInserts > 0) {
            inserts.execute();
        }
        merges = null;
        inserts = null;
        pendingMerges = 0;
        pendingInserts = 0;
    }

    private static final java.util.List<org.jooq.Field<?>> COLUMNS = java.util.List.of(INTERACTION.CONTACT_ID,
            INTERACTION.ACCOUNT_ID, INTERACTION.TYPE, INTERACTION.SUBTYPE, INTERACTION.OCCURRED_AT,
            INTERACTION.ASSET_KIND, INTERACTION.ASSET_NAME, INTERACTION.DETAIL, INTERACTION.URL, INTERACTION.SOURCE,
            INTERACTION.SOURCE_KEY);

    private static LocalDateTime time(Object value) {
        return value instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) value;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return (value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString()).strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
