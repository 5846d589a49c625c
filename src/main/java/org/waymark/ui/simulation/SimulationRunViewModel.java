package org.waymark.ui.simulation;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.waymark.engine.SimulationProgress;
import org.waymark.model.journey.Journey;
import org.waymark.ui.background.AnswerLine;
import org.waymark.ui.edit.EditSession;

/**
 * One simulation at a time, run in the background through an {@link AnswerLine}: its state, how far it is (-1 while
 * that is not known yet) and what it is doing, why it failed, and the last finished run. The service runs on
 * {@code background}; everything the view sees changes on {@code ui} (the FX thread), progress at most once per
 * pending update. Cancel asks the service to stop; it then writes nothing, and the run ends {@link State#CANCELLED}
 * once the service has stopped. While it {@link #follow follows} the open journey, the result goes when the journey
 * changes or another one opens (a run of another journey is cancelled), and a run of a journey edited meanwhile ends
 * {@link State#OUTDATED} without a result.
 */
public final class SimulationRunViewModel {

    /** Where the last run is. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED, OUTDATED }

    private final SimulationService service;
    /** The run: one job at a time, with its progress and Cancel. */
    private final AnswerLine runs;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SimulationRun> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding running = Bindings.equal(State.RUNNING, state);
    private final ChangeListener<Journey> edited = (obs, old, now) -> clearResult();
    private EditSession session;

    public SimulationRunViewModel(SimulationService service, Executor background, Executor ui) {
        this.service = service;
        this.runs = new AnswerLine(background, ui);
        runs.progressProperty().addListener((obs, old, done) -> progress.set(done.doubleValue()));
        runs.progressTextProperty().addListener((obs, old, said) -> {
            if (!said.isBlank()) {
                message.set(said);
            }
        });
    }

    /** True when another journey opened while the run went on: its answer belongs to a journey no longer shown. */
    private boolean switched;

    /** Keeps the result only while it is the open journey's as it is now. */
    public void follow(ObservableValue<EditSession> sessions) {
        sessions.addListener((obs, old, now) -> {
            if (old != null) {
                old.journeyProperty().removeListener(edited);
            }
            attach(now);
            switched = runs.busyProperty().get();
            cancel();
            clearResult();
        });
        attach(sessions.getValue());
    }

    private void attach(EditSession now) {
        session = now;
        if (now != null) {
            now.journeyProperty().addListener(edited);
        }
    }

    /** Starts the job unless one is running; says whether it started. */
    public boolean start(SimulationJob job) {
        if (runs.busyProperty().get()) {
            return false;
        }
        failure.set("");
        switched = false;
        progress.set(-1);
        message.set("Starting the simulation of '" + job.journey().name() + "'…");
        state.set(State.RUNNING);
        runs.run(heard -> service.run(job, toService(heard)), run -> finish(job, run), problem -> fail(problem));
        if (!runs.busyProperty().get()) {
            state.set(State.IDLE); // the window is closing: the job was refused
            return false;
        }
        return true;
    }

    /** Asks the running simulation to stop; it ends {@link State#CANCELLED} once the service has stopped. */
    public void cancel() {
        if (runs.cancel()) {
            message.set("Cancelling…");
        }
    }

    /** Forgets the last run's result (the journey changed). */
    public void clearResult() {
        result.set(null);
    }

    private void finish(SimulationJob job, SimulationRun run) {
        progress.set(1);
        Journey simulated = job.journey();
        if (run.cancelled()) {
            cancelled();
        } else if (switched) { // finished before it heard the Cancel another journey's opening sent
            message.set("Simulated '" + simulated.name() + "'" + run.runId().map(id -> " (interactions saved as run "
                    + id + ")").orElse("") + " after it was closed: open it and simulate again to see its counts.");
            state.set(State.OUTDATED);
        } else if (session != null && session.journey() != simulated) {
            message.set("'" + simulated.name() + "' changed while it was simulated: simulate it again to see "
                    + "its counts.");
            state.set(State.OUTDATED);
        } else {
            result.set(run);
            message.set("Simulated '" + simulated.name() + "': " + Counts.plural(run.contactsEntered(), "contact",
                    "contacts") + " entered" + run.runId().map(id -> "; interactions saved as run " + id).orElse("")
                    + ".");
            state.set(State.DONE);
        }
    }

    private void cancelled() {
        progress.set(1);
        message.set("Simulation cancelled; nothing was saved.");
        state.set(State.CANCELLED);
    }

    private void fail(Exception problem) {
        if (problem instanceof CancellationException) {
            cancelled();
            return;
        }
        Throwable cause = problem instanceof ExecutionException && problem.getCause() != null ? problem.getCause()
                : problem;
        String why = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        failure.set(why);
        message.set("The simulation failed: " + why);
        state.set(State.FAILED);
    }

    /** What the service hears: progress goes to the line, never below 0; Cancel comes from it. */
    private static SimulationProgress toService(AnswerLine.Progress heard) {
        return new SimulationProgress() {
            @Override
            public void progress(double fraction, String what) {
                heard.report(Math.max(0, fraction), what);
            }

            @Override
            public boolean cancelled() {
                return heard.isCancelled();
            }
        };
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True from start until the service has returned. */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** Done so far, 0 to 1; -1 before the service said. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing, or how it ended, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last run failed; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The last finished run of the open journey as it is; null when there is none. */
    public ReadOnlyObjectProperty<SimulationRun> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
