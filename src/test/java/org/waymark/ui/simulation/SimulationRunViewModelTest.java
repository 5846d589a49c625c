package org.waymark.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.waymark.engine.SimulationProgress;
import org.waymark.engine.TileReport;
import org.waymark.engine.behaviour.BehaviourModelException;
import org.waymark.model.edit.ChangeSettings;
import org.waymark.model.journey.Journey;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.simulation.SimulationRunViewModel.State;

/** The background run with a fake service; both executors are queues the test empties by hand. */
class SimulationRunViewModelTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final Journey journey = SampleJourneys.read(SampleJourneys.WHITE_PAPER);
    private final SimulationJob job = new SimulationJob(journey, OptionalLong.of(1),
            new SimulationSettings(null, 1, 30, true, 10_000, false), Instant.parse("2026-12-01T14:00:00Z"));
    private SimulationService service = (j, progress) -> run(j);

    private final SimulationRunViewModel model = new SimulationRunViewModel((j, p) -> service.run(j, p),
            background::add, fx::add);

    private static SimulationRun run(SimulationJob job) {
        return new SimulationRun(job, List.of(new TileReport("audience", "New York subscribers", "segmentGroup",
                1_204, 0, 1_204, Map.of(), Map.of("targeted", 1_300L))), 2_400, 1_204, 5_000, 96, 12, 0,
                Optional.empty(), false);
    }

    private void runBackground() {
        background.removeFirst().run();
    }

    private void runFx() {
        while (!fx.isEmpty()) {
            fx.removeFirst().run();
        }
    }

    @Test
    void runsInTheBackgroundAndShowsTheResult() {
        assertThat(model.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(model.start(job)).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).as("not known yet").isEqualTo(-1);
        assertThat(model.messageProperty().get()).isEqualTo(
                "Starting the simulation of 'New York white paper nurture'…");
        assertThat(model.start(job)).as("one run at a time").isFalse();

        runBackground();
        assertThat(model.stateProperty().get()).as("only the FX thread changes it").isEqualTo(State.RUNNING);
        runFx();
        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.resultProperty().get().contactsEntered()).isEqualTo(1_204);
        assertThat(model.messageProperty().get()).isEqualTo(
                "Simulated 'New York white paper nurture': 1,204 contacts entered.");
        assertThat(model.start(job)).isTrue();
    }

    @Test
    void progressReachesTheFxThreadOneUpdateAtATime() {
        service = (j, progress) -> {
            progress.progress(0.25, "Simulating 2400 contacts");
            progress.progress(0.5, "Half way");
            assertThat(fx).as("the second update waits for the first").hasSize(1);
            runFx();
            progress.progress(0.75, "");
            runFx();
            return run(j);
        };
        model.start(job);
        runBackground();
        // the updates came through while the service ran; its result is queued
        assertThat(model.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(model.progressProperty().get()).isEqualTo(0.75);
        assertThat(model.messageProperty().get()).as("an empty text keeps the last one").isEqualTo("Half way");
        runFx();
        assertThat(model.progressProperty().get()).isEqualTo(1);
    }

    @Test
    void cancelAsksTheServiceToStopAndKeepsNothing() {
        service = (j, progress) -> {
            model.cancel(); // the user presses Cancel while the service runs
            assertThat(model.messageProperty().get()).isEqualTo("Cancelling…");
            assertThat(model.stateProperty().get()).as("until the service has stopped").isEqualTo(State.RUNNING);
            assertThat(progress.cancelled()).isTrue();
            progress.progress(0.4, "Stopping");
            return SimulationRun.cancelled(j);
        };
        model.start(job);
        runBackground();
        assertThat(model.runningProperty().get()).as("until the FX thread hears it stopped").isTrue();
        runFx();
        assertThat(model.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Simulation cancelled; nothing was saved.");
    }

    @Test
    void aRunCancelledBeforeItStartedNeverStarts() {
        boolean[] ran = new boolean[1];
        service = (j, progress) -> {
            ran[0] = true;
            return run(j);
        };
        model.start(job);
        model.cancel();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelling…");
        runBackground();
        runFx();
        assertThat(ran[0]).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(State.CANCELLED);
        assertThat(model.messageProperty().get()).isEqualTo("Simulation cancelled; nothing was saved.");
        assertThat(model.start(job)).as("the next run starts afresh").isTrue();
        runBackground();
        runFx();
        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
    }

    @Test
    void aCancelThatCameAfterTheServiceFinishedShowsWhatTheRunDid() {
        model.start(job);
        runBackground();
        model.cancel(); // too late: the run has been recorded
        runFx();
        assertThat(model.stateProperty().get()).as("never 'nothing was saved' of a saved run").isEqualTo(State.DONE);
        assertThat(model.resultProperty().get()).isNotNull();
    }

    @Test
    void aFailureSaysWhy() {
        service = (j, progress) -> {
            throw new BehaviourModelException("model.json", "$.channels", "must be an object");
        };
        model.start(job);
        runBackground();
        runFx();
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.failureProperty().get()).isEqualTo("model.json: $.channels: must be an object");
        assertThat(model.messageProperty().get()).isEqualTo(
                "The simulation failed: model.json: $.channels: must be an object");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theResultGoesWhenTheJourneyChangesOrAnotherOneOpens() {
        EditSession session = new EditSession(journey);
        SimpleObjectProperty<EditSession> sessions = new SimpleObjectProperty<>(session);
        model.follow(sessions);
        model.start(job);
        runBackground();
        runFx();
        assertThat(model.resultProperty().get()).isNotNull();

        session.execute(new ChangeSettings(session.document(), journey.settings().withName("Renamed"), "name"));
        assertThat(model.resultProperty().get()).isNull();

        model.start(new SimulationJob(session.journey(), OptionalLong.empty(), job.settings(), job.start()));
        runBackground();
        runFx();
        assertThat(model.resultProperty().get()).isNotNull();
        sessions.set(new EditSession(SampleJourneys.read(SampleJourneys.WELCOME)));
        assertThat(model.resultProperty().get()).isNull();
    }

    @Test
    void aJourneyEditedWhileItRunsEndsOutdated() {
        EditSession session = new EditSession(journey);
        model.follow(new SimpleObjectProperty<>(session));
        model.start(job);
        session.execute(new ChangeSettings(session.document(), journey.settings().withName("Renamed"), "name"));
        runBackground();
        runFx();
        assertThat(model.stateProperty().get()).isEqualTo(State.OUTDATED);
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.messageProperty().get()).startsWith("'New York white paper nurture' changed while it was");
    }

    @Test
    void openingAnotherJourneyCancelsTheRun() {
        SimpleObjectProperty<EditSession> sessions = new SimpleObjectProperty<>(new EditSession(journey));
        model.follow(sessions);
        SimulationProgress[] heard = new SimulationProgress[1];
        service = (j, progress) -> {
            heard[0] = progress;
            return progress.cancelled() ? SimulationRun.cancelled(j) : run(j);
        };
        model.start(job);
        runBackground(); // the service runs, and its result waits for the FX thread
        sessions.set(null);
        runFx();
        assertThat(heard[0].cancelled()).isTrue();
        assertThat(model.stateProperty().get()).as("it had finished: its counts belong to a closed journey")
                .isEqualTo(State.OUTDATED);
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.messageProperty().get()).contains("after it was closed");
    }
}
