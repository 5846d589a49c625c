package org.waymark.store;

import static org.waymark.store.schema.Tables.JOURNEY;
import static org.waymark.store.schema.Tables.JOURNEY_MILESTONE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.waymark.model.file.JourneyFileException;
import org.waymark.model.file.JourneyFileFormat;
import org.waymark.model.file.JourneyFileReader;
import org.waymark.model.file.JourneyFileWriter;
import org.waymark.model.journey.Journey;
import org.waymark.model.journey.JourneyStatus;
import org.waymark.model.journey.JourneySummary;
import org.waymark.model.journey.Milestone;
import org.waymark.model.journey.PipelineWalker;
import org.waymark.store.schema.tables.records.JourneyRecord;

/**
 * Journeys in the store. The definition column holds the same JSON as a {@code *.waymark.json} file;
 * name and status are copied out of it for listing, and milestones into their own table.
 */
public final class JourneyRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final JourneyFileReader reader = new JourneyFileReader();
    private final JourneyFileWriter writer = new JourneyFileWriter();

    public JourneyRepository(Store store, Clock clock) {
        this(store.dsl(), clock);
    }

    /** A repository working inside a caller's transaction. */
    public JourneyRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Journeys whose name contains {@code search} (any case), by name; reads no definitions. */
    public List<JourneySummary> list(String search) {
        Condition matches = search == null || search.isBlank() ? DSL.noCondition()
                : DSL.lower(JOURNEY.NAME).contains(search.toLowerCase(Locale.ROOT));
        return dsl.select(JOURNEY.ID, JOURNEY.NAME, JOURNEY.STATUS, JOURNEY.TILE_COUNT, JOURNEY.UPDATED_AT)
                .from(JOURNEY).where(matches).orderBy(DSL.lower(JOURNEY.NAME), JOURNEY.ID)
                .fetch(r -> new JourneySummary(r.value1(), r.value2(), JourneyStatus.valueOf(r.value3()), r.value4(),
                        r.value5()));
    }

    public Optional<Journey> find(long id) {
        JourneyRecord row = dsl.selectFrom(JOURNEY).where(JOURNEY.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(parse(row));
    }

    public long insert(Journey journey) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            LocalDateTime now = now();
            JourneyRecord row = ctx.newRecord(JOURNEY);
            fill(row, journey);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.store();
            replaceMilestones(ctx, row.getId(), journey);
            return row.getId();
        });
    }

    public void update(long id, Journey journey) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            JourneyRecord row = ctx.selectFrom(JOURNEY).where(JOURNEY.ID.eq(id)).forUpdate().fetchOne();
            if (row == null) {
                throw new StoreException("Journey " + id + " no longer exists in the store");
            }
            fill(row, journey);
            row.setUpdatedAt(now());
            row.store();
            replaceMilestones(ctx, id, journey);
        });
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(JOURNEY).where(JOURNEY.ID.eq(id)).execute() > 0;
    }

    public int count() {
        return dsl.fetchCount(JOURNEY);
    }

    private void fill(JourneyRecord row, Journey journey) {
        row.setName(journey.name());
        row.setStatus(journey.settings().status().name());
        row.setTileCount(PipelineWalker.count(journey.pipeline()));
        row.setFormatVersion(JourneyFileFormat.VERSION);
        row.setDefinition(writer.toJson(journey));
    }

    private void replaceMilestones(DSLContext ctx, long journeyId, Journey journey) {
        ctx.deleteFrom(JOURNEY_MILESTONE).where(JOURNEY_MILESTONE.JOURNEY_ID.eq(journeyId)).execute();
        for (Milestone m : journey.settings().milestones()) {
            ctx.insertInto(JOURNEY_MILESTONE, JOURNEY_MILESTONE.JOURNEY_ID, JOURNEY_MILESTONE.OCCURRED_AT,
                            JOURNEY_MILESTONE.KIND, JOURNEY_MILESTONE.DETAIL)
                    .values(journeyId, LocalDateTime.ofInstant(m.at(), ZoneOffset.UTC), m.kind().name(), m.detail())
                    .execute();
        }
    }

    private Journey parse(JourneyRecord row) {
        try {
            return reader.readString(row.getDefinition());
        } catch (JourneyFileException e) {
            throw new StoreException("Journey " + row.getId() + " (\"" + row.getName()
                    + "\") in the store cannot be read: " + e.getMessage(), e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
    }
}
