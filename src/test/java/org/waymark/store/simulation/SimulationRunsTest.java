package org.waymark.store.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.store.schema.Tables.INTERACTION;
import static org.waymark.store.schema.Tables.LEAD;
import static org.waymark.store.schema.Tables.SIMULATED_ACTIVITY;
import static org.waymark.store.schema.Tables.SIMULATION_MILESTONE;
import static org.waymark.store.schema.Tables.SIMULATION_RUN;
import static org.waymark.store.schema.Tables.WORKFLOW_RUN;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.interaction.InteractionBatch;
import org.waymark.model.interaction.InteractionType;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

class SimulationRunsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant START = Instant.parse("2026-12-01T14:00:00Z");

    @TempDir
    Path dir;
    private Store store;
    private int demoInteractions;

    @BeforeEach
    void demo() {
        store = Store.open(dir);
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), 10, 40).generate(store);
        demoInteractions = store.dsl().fetchCount(INTERACTION);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static SimulationOutput output(int interactions) {
        InteractionBatch sent = new InteractionBatch();
        for (int i = 0; i < interactions; i++) {
            sent.add(1 + i % 40, InteractionBatch.NONE, InteractionType.EMAIL, "sent", START.getEpochSecond() + i,
                    "EMAIL", InteractionBatch.NONE, "Welcome", null, null);
        }
        InteractionBatch batch = new InteractionBatch();
        batch.addAll(sent, "welcome");
        long at = START.getEpochSecond();
        return new SimulationOutput(batch,
                List.of(new SimulationOutput.Lead(3, InteractionBatch.NONE, "Playbook", at + 60, "lead"),
                        new SimulationOutput.Lead(InteractionBatch.NONE, 2, "Account interest", at + 90, "lead")),
                List.of(new SimulationOutput.Activity(4, InteractionBatch.NONE, "PHONE_CALL", "Call back", at + 120, "call")),
                List.of(new SimulationOutput.WorkflowRun(5, 1, "Assign to sales", at + 180, "wf")),
                List.of(new SimulationOutput.Milestone("RUN_STARTED", at, "Welcome"),
                        new SimulationOutput.Milestone("ENDED", at + 86_400, "End of the simulated period")),
                List.of(new SimulationOutput.Tile("welcome", "Send the welcome email"),
                        new SimulationOutput.Tile("welcome", "Send the welcome email"))); // nested: reported twice
    }

    private static SimulationRun run(String id, Long journeyId, int interactions) {
        return new SimulationRun(id, journeyId, "Welcome series", 42, "default behaviour", START, Duration.ofDays(30),
                40, interactions, NOW);
    }

    private int count(Table<?> table) {
        return store.dsl().fetchCount(table);
    }

    @Test
    void aRunIsRecordedWithEverythingItMadeAndListed() {
        new SimulationRecorder(store, new InteractionWriter(4)).record(run("run-a", 1L, 10), output(10), () -> false);
        assertThat(new SimulationRuns(store).list()).containsExactly(run("run-a", 1L, 10));
        assertThat(new SimulationRuns(store).find("run-a")).contains(run("run-a", 1L, 10));
        assertThat(new SimulationRuns(store).find("run-b")).isEmpty();
        assertThat(store.dsl().fetchCount(INTERACTION, INTERACTION.RUN_ID.eq("run-a"))).isEqualTo(10);
        assertThat(store.dsl().fetch(LEAD, LEAD.RUN_ID.eq("run-a"))).hasSize(2)
                .allSatisfy(lead -> assertThat(lead.getJourneyId()).isEqualTo(1L))
                .anySatisfy(lead -> assertThat(lead.getContactId()).isNull());
        assertThat(store.dsl().fetchOne(SIMULATED_ACTIVITY).getSubject()).isEqualTo("Call back");
        assertThat(store.dsl().fetchOne(WORKFLOW_RUN).getWorkflow()).isEqualTo("Assign to sales");
        assertThat(store.dsl().selectFrom(SIMULATION_MILESTONE).orderBy(SIMULATION_MILESTONE.OCCURRED_AT)
                .fetch(SIMULATION_MILESTONE.KIND)).containsExactly("RUN_STARTED", "ENDED");
        assertThat(store.dsl().selectDistinct(INTERACTION.TILE_ID).from(INTERACTION).where(INTERACTION.RUN_ID
                .eq("run-a")).fetch(INTERACTION.TILE_ID)).as("each interaction names its tile").containsExactly("welcome");
        assertThat(store.dsl().fetch(org.waymark.store.schema.Tables.SIMULATION_TILE)).singleElement()
                .satisfies(tile -> assertThat(tile.getTileName()).isEqualTo("Send the welcome email"));
    }

    @Test
    void deletingARunTakesAllItWroteAndNothingElse() {
        SimulationRecorder recorder = new SimulationRecorder(store, new InteractionWriter());
        recorder.record(run("run-a", null, 10), output(10), () -> false);
        recorder.record(run("run-b", 2L, 5), output(5), () -> false);
        SimulationRuns runs = new SimulationRuns(store);
        assertThat(runs.delete("run-a")).isTrue();
        assertThat(runs.delete("run-a")).isFalse();
        assertThat(runs.list()).extracting(SimulationRun::runId).containsExactly("run-b");
        assertThat(count(INTERACTION)).isEqualTo(demoInteractions + 5);
        assertThat(count(LEAD)).isEqualTo(2);
        assertThat(count(SIMULATED_ACTIVITY)).isEqualTo(1);
        assertThat(count(WORKFLOW_RUN)).isEqualTo(1);
        assertThat(count(SIMULATION_MILESTONE)).isEqualTo(2);
        assertThat(count(org.waymark.store.schema.Tables.SIMULATION_TILE)).isEqualTo(1);
    }

    @Test
    void aCancelledOrFailedRecordingLeavesNothing() {
        SimulationRecorder recorder = new SimulationRecorder(store, new InteractionWriter(3));
        assertThatThrownBy(() -> recorder.record(run("run-a", null, 10), output(10), () -> true))
                .isInstanceOf(WriteCancelledException.class);
        assertThatThrownBy(() -> recorder.record(run("run-a", 99L, 10), output(10), () -> false))
                .as("no journey 99").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> recorder.record(run("run-a", null, 11), output(10), () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11 interactions");
        assertThat(count(SIMULATION_RUN)).isZero();
        assertThat(count(INTERACTION)).isEqualTo(demoInteractions);
        assertThat(count(LEAD) + count(SIMULATED_ACTIVITY) + count(WORKFLOW_RUN) + count(SIMULATION_MILESTONE)).isZero();
    }

    @Test
    void newRunIdsAreTheTimeAndNeverTaken() {
        SimulationRuns runs = new SimulationRuns(store);
        String first = runs.newRunId(NOW);
        assertThat(first).isEqualTo("run-20261122-100000");
        new SimulationRecorder(store, new InteractionWriter()).record(run(first, null, 0), output(0), () -> false);
        assertThat(runs.newRunId(NOW)).isEqualTo("run-20261122-100000-2");
    }
}
