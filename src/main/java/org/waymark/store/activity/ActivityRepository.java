package org.waymark.store.activity;

import static org.waymark.store.schema.Tables.ACTIVITY_DEFINITION;
import static org.waymark.store.schema.Tables.INTERACTION;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.model.activity.ActivityDefinition;
import org.waymark.model.activity.ActivityMappingException;
import org.waymark.model.activity.ActivityMappingReader;
import org.waymark.model.activity.ActivityMappingWriter;
import org.waymark.store.Store;
import org.waymark.store.StoreException;
import org.waymark.store.source.DataSources;

/**
 * The saved activity definitions: save (new or replacing one of the same name, checked against its data source),
 * list, find, rename and delete. Hiding, renaming or deleting an activity updates its timeline entries in the same
 * transaction.
 */
public final class ActivityRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final DataSources sources;
    private final ActivityMappingWriter writer = new ActivityMappingWriter();
    private final ActivityMappingReader reader = new ActivityMappingReader();
    private final ObjectMapper mapper = new ObjectMapper();

    public ActivityRepository(Store store, Clock clock) {
        this.dsl = store.dsl();
        this.clock = clock;
        this.sources = new DataSources(store);
    }

    /** Saves every definition in one transaction; none is saved if one does not fit its data source. */
    public void saveAll(List<ActivityDefinition> definitions) {
        ActivityChecks checks = new ActivityChecks(sources);
        definitions.forEach(checks::check);
        dsl.transaction(tx -> definitions.forEach(d -> save(tx.dsl(), d)));
    }

    public void save(ActivityDefinition definition) {
        saveAll(List.of(definition));
    }

    private void save(DSLContext ctx, ActivityDefinition d) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String json = writer.write(d);
        int updated = ctx.update(ACTIVITY_DEFINITION).set(ACTIVITY_DEFINITION.ACTIVITY_TYPE, d.type().name())
                .set(ACTIVITY_DEFINITION.SOURCE_NAME, d.source())
                .set(ACTIVITY_DEFINITION.SHOW_IN_TIMELINE, d.showInTimeline())
                .set(ACTIVITY_DEFINITION.DEFINITION, json).set(ACTIVITY_DEFINITION.UPDATED_AT, now)
                .where(ACTIVITY_DEFINITION.NAME.eq(d.name())).execute();
        if (updated == 0) {
            ctx.insertInto(ACTIVITY_DEFINITION, ACTIVITY_DEFINITION.NAME, ACTIVITY_DEFINITION.ACTIVITY_TYPE,
                    ACTIVITY_DEFINITION.SOURCE_NAME, ACTIVITY_DEFINITION.SHOW_IN_TIMELINE, ACTIVITY_DEFINITION.DEFINITION,
                    ACTIVITY_DEFINITION.CREATED_AT, ACTIVITY_DEFINITION.UPDATED_AT)
                    .values(d.name(), d.type().name(), d.source(), d.showInTimeline(), json, now, now).execute();
        }
        if (!d.showInTimeline()) {
            deleteInteractions(ctx, d.name());
        }
    }

    /** Every definition, by name. */
    public List<ActivityDefinition> list() {
        return dsl.select(ACTIVITY_DEFINITION.DEFINITION).from(ACTIVITY_DEFINITION).orderBy(ACTIVITY_DEFINITION.NAME)
                .fetch(r -> parse(r.value1()));
    }

    /** The icon each activity names, by the interaction source of its timeline entries ("activity:Orders" → "cart"). */
    public java.util.Map<String, String> iconsBySource() {
        java.util.Map<String, String> icons = new java.util.HashMap<>();
        for (ActivityDefinition d : list()) {
            if (d.icon() != null) {
                icons.put(d.interactionSource(), d.icon());
            }
        }
        return icons;
    }

    public Optional<ActivityDefinition> find(String name) {
        return dsl.select(ACTIVITY_DEFINITION.DEFINITION).from(ACTIVITY_DEFINITION)
                .where(ACTIVITY_DEFINITION.NAME.eq(name)).fetchOptional(r -> parse(r.value1()));
    }

    /** Renames an activity and its timeline entries; false if there is none of that name. */
    public boolean rename(String name, String newName) {
        ActivityDefinition.checkName(newName);
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            Optional<ActivityDefinition> found = new ActivityRepository(ctx, clock, sources).find(name);
            if (found.isEmpty()) {
                return false;
            }
            if (!name.equals(newName) && ctx.fetchExists(ACTIVITY_DEFINITION, ACTIVITY_DEFINITION.NAME.eq(newName))) {
                throw new StoreException("An activity named " + newName + " exists already");
            }
            ctx.update(ACTIVITY_DEFINITION).set(ACTIVITY_DEFINITION.NAME, newName)
                    .set(ACTIVITY_DEFINITION.DEFINITION, writer.write(found.get().withName(newName)))
                    .where(ACTIVITY_DEFINITION.NAME.eq(name)).execute();
            ctx.update(INTERACTION).set(INTERACTION.SOURCE, ActivityDefinition.interactionSource(newName))
                    .set(INTERACTION.ASSET_NAME, newName)
                    .where(INTERACTION.SOURCE.eq(ActivityDefinition.interactionSource(name))).execute();
            return true;
        });
    }

    /** Deletes an activity and its timeline entries in one transaction; false if there is none of that name. */
    public boolean delete(String name) {
        return dsl.transactionResult(tx -> {
            deleteInteractions(tx.dsl(), name);
            return tx.dsl().deleteFrom(ACTIVITY_DEFINITION).where(ACTIVITY_DEFINITION.NAME.eq(name)).execute() > 0;
        });
    }

    private ActivityRepository(DSLContext dsl, Clock clock, DataSources sources) {
        this.dsl = dsl;
        this.clock = clock;
        this.sources = sources;
    }

    static int deleteInteractions(DSLContext ctx, String activityName) {
        return ctx.deleteFrom(INTERACTION).where(INTERACTION.SOURCE.eq(ActivityDefinition.interactionSource(activityName)))
                .execute();
    }

    private ActivityDefinition parse(String json) {
        try {
            return reader.definition("$", mapper.readTree(json));
        } catch (ActivityMappingException | java.io.IOException e) {
            throw new StoreException("A stored activity definition cannot be read: " + e.getMessage(), e);
        }
    }
}
