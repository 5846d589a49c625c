package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.EMAIL_MESSAGE;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.LEAD;
import static org.waymark.store.schema.Tables.SIMULATION_RUN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.waymark.store.Store;
import org.waymark.store.schema.tables.records.SimulationRunRecord;

/** The simulation runs recorded in the store: list them, find one, name a new one, delete one with all it wrote. */
public final class SimulationRuns {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DSLContext dsl;

    public SimulationRuns(Store store) {
        this.dsl = store.dsl();
    }

    /** Every run, newest first. */
    public List<SimulationRun> list() {
        return dsl.selectFrom(SIMULATION_RUN).orderBy(SIMULATION_RUN.CREATED_AT.desc(), SIMULATION_RUN.RUN_ID.desc())
                .fetch(SimulationRuns::run);
    }

    public Optional<SimulationRun> find(String runId) {
        return dsl.selectFrom(SIMULATION_RUN).where(SIMULATION_RUN.RUN_ID.eq(runId)).fetchOptional(SimulationRuns::run);
    }

    /** An id no run has yet: {@code run-yyyyMMdd-HHmmss} of {@code now} (UTC), with "-2", "-3"... if taken. */
    public String newRunId(Instant now) {
        String base = "run-" + ID_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        String id = base;
        for (int n = 2; dsl.fetchExists(SIMULATION_RUN, SIMULATION_RUN.RUN_ID.eq(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Deletes the run and everything it wrote (interactions, email messages, leads, activity records, workflow runs, milestones) in one
     * transaction; false if there is no such run.
     */
    public boolean delete(String runId) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            if (!ctx.fetchExists(SIMULATION_RUN, SIMULATION_RUN.RUN_ID.eq(runId))) {
                return false;
            }
            ctx.deleteFrom(INTERACTION).where(INTERACTION.RUN_ID.eq(runId)).execute();
            ctx.deleteFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.RUN_ID.eq(runId)).execute();
            ctx.deleteFrom(LEAD).where(LEAD.RUN_ID.eq(runId)).execute();
            ctx.deleteFrom(SIMULATION_RUN).where(SIMULATION_RUN.RUN_ID.eq(runId)).execute();
            return true;
        });
    }

    private static SimulationRun run(SimulationRunRecord r) {
        return new SimulationRun(r.getRunId(), r.getJourneyId(), r.getJourneyName(), r.getSeed(), r.getModelName(),
                r.getStartedAt().toInstant(ZoneOffset.UTC), Duration.ofSeconds(r.getPeriodSeconds()), r.getContacts(),
                r.getInteractions(), r.getCreatedAt().toInstant(ZoneOffset.UTC));
    }
}
