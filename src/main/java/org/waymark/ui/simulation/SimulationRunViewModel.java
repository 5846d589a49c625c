package org.waymark.ui.simulation;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
import org.waymark.ui.edit.EditSession;

/**
 * One simulation at a time, run in the background: its state, how far it is (-1 while that is not known yet) and
 * what it is doing, why it failed, and the last finished run. The service runs on {@code background}; everything
 * the view sees changes on {@code ui} (the FX thread), progress at most once per pending update. Cancel asks the
 * service to stop; it then writes nothing. While it {@link #follow follows} the open journey, the result goes when
 * the journey changes or another one opens (a run of another journey is cancelled), and a run of a journey edited
 * meanwhile ends {@link State#OUTDATED} without a result.
 */
public final class SimulationRunViewModel {

    /** Where the last run is. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED, OUTDATED }

    private record Update(double fraction, String what) {
    }

    private final SimulationService service;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SimulationRun> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding running = Bindings.equal(State.RUNNING, state);
    private final ChangeListener<Journey> edited = (obs, old, now) -> clearResult();
    private EditSession session;
    private Attempt current;

    public SimulationRunViewModel(SimulationService service, Executor background, Executor ui) {
        this.service = service;
        this.background = background;
        this.ui = ui;
    }

    /** Keeps the result only while it is the open journey's as it is now. */
    public void follow(ObservableValue<EditSession> sessions) {
        sessions.addListener((obs, old, now) -> {
            if (old != null) {
                old.journeyProperty().removeListener(edited);
            }
            attach(now);
            if (current != null) {
                cancel();
            }
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
        if (current != null) {
            return false;
        }
        Attempt attempt = new Attempt(job);
        current = attempt;
        failure.set("");
        progress.set(-1);
        message.set("Starting the simulation of '" + job.journey().name() + "'…");
        state.set(State.RUNNING);
        background.execute(() -> {
            try {
                SimulationRun run = service.run(job, attempt);
                ui.execute(() -> finish(attempt, run));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> fail(attempt, e));
            }
        });
        return true;
    }

    /** Asks the running simulation to stop; it ends {@link State#CANCELLED} once the service has stopped. */
    public void cancel() {
        if (current != null && !current.cancel.getAndSet(true)) {
            message.set("Cancelling…");
        }
    }

    /** Forgets the last run's result (the journey changed). */
    public void clearResult() {
        result.set(null);
    }

    private void finish(Attempt attempt, SimulationRun run) {
        if (attempt != current) {
            return;
        }
        current = null;
        progress.set(1);
        Journey simulated = attempt.job.journey();
        if (attempt.cancel.get() || run.cancelled()) {
            message.set("Simulation cancelled; nothing was saved.");
            state.set(State.CANCELLED);
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

    private void fail(Attempt attempt, Throwable problem) {
        if (attempt != current) {
            return;
        }
        current = null;
        String why = problem.getMessage() == null || problem.getMessage().isBlank()
                ? problem.getClass().getSimpleName() : problem.getMessage();
        failure.set(why);
        message.set("The simulation failed: " + why);
        state.set(State.FAILED);
    }

    private void show(Attempt attempt, Update update) {
        if (attempt == current && !attempt.cancel.get()) {
            progress.set(Math.max(0, Math.min(1, update.fraction())));
            if (update.what() != null && !update.what().isBlank()) {
                message.set(update.what());
            }
        }
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

    /** What the service hears: progress goes to the FX thread, one update at a time; cancel comes from it. */
    private final class Attempt implements SimulationProgress {
        private final SimulationJob job;
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final AtomicReference<Update> latest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();

        Attempt(SimulationJob job) {
            this.job = job;
        }

        @Override
        public void progress(double fraction, String what) {
            latest.set(new Update(fraction, what));
            if (posted.compareAndSet(false, true)) {
                ui.execute(() -> {
                    posted.set(false);
                    show(this, latest.get());
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }
}
