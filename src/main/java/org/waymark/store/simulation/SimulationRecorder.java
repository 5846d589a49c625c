package org.waymark.store.simulation;

import static org.waymark.store.schema.Tables.LEAD;
import static org.waymark.store.schema.Tables.SIMULATED_ACTIVITY;
import static org.waymark.store.schema.Tables.SIMULATION_MILESTONE;
import static org.waymark.store.schema.Tables.SIMULATION_RUN;
import static org.waymark.store.schema.Tables.SIMULATION_TILE;
import static org.waymark.store.schema.Tables.WORKFLOW_RUN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.store.Store;

/**
 * Records a simulation run in one transaction: its {@code simulation_run} row, its interactions
 * ({@link InteractionWriter}), leads, activity records, workflow runs and milestones. All of it or, on a failure or
 * a cancellation ({@link WriteCancelledException}), nothing.
 */
public final class SimulationRecorder {

    private static final String LEADS = DSL.using(SQLDialect.H2).insertInto(LEAD, LEAD.CONTACT_ID, LEAD.ACCOUNT_ID, LEAD.TOPIC,
            LEAD.CREATED_AT, LEAD.JOURNEY_ID, LEAD.RUN_ID).values((Long) null, null, null, null, null, null).getSQL();
    private static final String ACTIVITIES = DSL.using(SQLDialect.H2).insertInto(SIMULATED_ACTIVITY, SIMULATED_ACTIVITY.CONTACT_ID,
            SIMULATED_ACTIVITY.ACCOUNT_ID, SIMULATED_ACTIVITY.KIND, SIMULATED_ACTIVITY.SUBJECT,
            SIMULATED_ACTIVITY.OCCURRED_AT, SIMULATED_ACTIVITY.TILE_ID, SIMULATED_ACTIVITY.RUN_ID)
            .values((Long) null, null, null, null, null, null, null).getSQL();
    private static final String WORKFLOWS = DSL.using(SQLDialect.H2).insertInto(WORKFLOW_RUN, WORKFLOW_RUN.CONTACT_ID,
            WORKFLOW_RUN.ACCOUNT_ID, WORKFLOW_RUN.WORKFLOW, WORKFLOW_RUN.OCCURRED_AT, WORKFLOW_RUN.TILE_ID,
            WORKFLOW_RUN.RUN_ID).values((Long) null, null, null, null, null, null).getSQL();
    private static final String MILESTONES = DSL.using(SQLDialect.H2).insertInto(SIMULATION_MILESTONE, SIMULATION_MILESTONE.KIND,
            SIMULATION_MILESTONE.OCCURRED_AT, SIMULATION_MILESTONE.DETAIL, SIMULATION_MILESTONE.RUN_ID)
            .values((String) null, null, null, null).getSQL();

    private final Store store;
    private final InteractionWriter interactions;

    public SimulationRecorder(Store store, InteractionWriter interactions) {
        this.store = store;
        this.interactions = interactions;
    }

    /**
     * Writes {@code run} and {@code output}; {@code run.interactions()} must be the number of interactions in the
     * output. Throws {@link WriteCancelledException} (nothing written) once {@code cancelled} says so.
     */
    public void record(SimulationRun run, SimulationOutput output, BooleanSupplier cancelled) {
        if (run.interactions() != output.interactions().size()) {
            throw new IllegalArgumentException("run " + run.runId() + " says " + run.interactions()
                    + " interactions, the output holds " + output.interactions().size());
        }
        store.dsl().transaction(tx -> {
            DSLContext ctx = tx.dsl();
            ctx.insertInto(SIMULATION_RUN).set(SIMULATION_RUN.RUN_ID, run.runId())
                    .set(SIMULATION_RUN.JOURNEY_ID, run.journeyId()).set(SIMULATION_RUN.JOURNEY_NAME, run.journeyName())
                    .set(SIMULATION_RUN.SEED, run.seed()).set(SIMULATION_RUN.MODEL_NAME, run.modelName())
                    .set(SIMULATION_RUN.STARTED_AT, utc(run.startedAt().getEpochSecond()))
                    .set(SIMULATION_RUN.PERIOD_SECONDS, run.period().toSeconds())
                    .set(SIMULATION_RUN.CONTACTS, run.contacts()).set(SIMULATION_RUN.INTERACTIONS, run.interactions())
                    .set(SIMULATION_RUN.CREATED_AT, utc(run.createdAt().getEpochSecond()))
                    .execute();
            tiles(ctx, run.runId(), output);
            ctx.connection(connection -> {
                interactions.write(connection, output.interactions(), run.runId(), cancelled);
                leads(connection, run, output, cancelled);
                activities(connection, run.runId(), output, cancelled);
                workflows(connection, run.runId(), output, cancelled);
                milestones(connection, run.runId(), output, cancelled);
            });
        });
    }

    /** The names the run's tiles had, once each (a nested tile may be reported under its group too). */
    private static void tiles(DSLContext ctx, String runId, SimulationOutput output) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        output.tiles().forEach(tile -> names.putIfAbsent(tile.id(), tile.name()));
        if (names.isEmpty()) {
            return;
        }
        ctx.batch(names.entrySet().stream().map(tile -> ctx.insertInto(SIMULATION_TILE)
                .set(SIMULATION_TILE.RUN_ID, runId).set(SIMULATION_TILE.TILE_ID, tile.getKey())
                .set(SIMULATION_TILE.TILE_NAME, shortened(tile.getValue(), SIMULATION_TILE.TILE_NAME.getDataType()
                        .length()))).toList()).execute();
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static void leads(Connection connection, SimulationRun run, SimulationOutput output,
                              BooleanSupplier cancelled) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, LEADS, InteractionWriter.DEFAULT_BATCH_SIZE, cancelled)) {
            PreparedStatement row = insert.statement();
            BatchInsert.setId(row, 5, run.journeyId() == null ? InteractionBatch.NONE : run.journeyId());
            row.setString(6, run.runId());
            for (SimulationOutput.Lead lead : output.leads()) {
                BatchInsert.setId(row, 1, lead.contactId());
                BatchInsert.setId(row, 2, lead.accountId());
                row.setString(3, lead.topic());
                BatchInsert.setTime(row, 4, lead.at());
                insert.add();
            }
            insert.finish();
        }
    }

    private static void activities(Connection connection, String runId, SimulationOutput output,
                                   BooleanSupplier cancelled) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, ACTIVITIES, InteractionWriter.DEFAULT_BATCH_SIZE, cancelled)) {
            PreparedStatement row = insert.statement();
            row.setString(7, runId);
            for (SimulationOutput.Activity activity : output.activities()) {
                BatchInsert.setId(row, 1, activity.contactId());
                BatchInsert.setId(row, 2, activity.accountId());
                row.setString(3, activity.kind());
                row.setString(4, activity.subject());
                BatchInsert.setTime(row, 5, activity.at());
                row.setString(6, activity.tileId());
                insert.add();
            }
            insert.finish();
        }
    }

    private static void workflows(Connection connection, String runId, SimulationOutput output,
                                  BooleanSupplier cancelled) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, WORKFLOWS, InteractionWriter.DEFAULT_BATCH_SIZE, cancelled)) {
            PreparedStatement row = insert.statement();
            row.setString(6, runId);
            for (SimulationOutput.WorkflowRun workflow : output.workflowRuns()) {
                BatchInsert.setId(row, 1, workflow.contactId());
                BatchInsert.setId(row, 2, workflow.accountId());
                row.setString(3, workflow.workflow());
                BatchInsert.setTime(row, 4, workflow.at());
                row.setString(5, workflow.tileId());
                insert.add();
            }
            insert.finish();
        }
    }

    private static void milestones(Connection connection, String runId, SimulationOutput output,
                                   BooleanSupplier cancelled) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, MILESTONES, InteractionWriter.DEFAULT_BATCH_SIZE, cancelled)) {
            PreparedStatement row = insert.statement();
            row.setString(4, runId);
            for (SimulationOutput.Milestone milestone : output.milestones()) {
                row.setString(1, milestone.kind());
                BatchInsert.setTime(row, 2, milestone.at());
                row.setString(3, milestone.detail());
                insert.add();
            }
            insert.finish();
        }
    }

    private static LocalDateTime utc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }
}
