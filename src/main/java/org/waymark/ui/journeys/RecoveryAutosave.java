package org.waymark.ui.journeys;

import java.io.IOException;
import java.time.Duration;
import javafx.beans.value.ChangeListener;
import org.waymark.model.journey.Journey;
import org.waymark.ui.edit.EditSession;

/**
 * Keeps a recovery copy of the open journey while it has unsaved changes: the first change after a write
 * schedules the next write {@link #DELAY} later, which writes the journey as it is then, so the copy is written
 * at most once per delay, off the FX thread. When the journey is saved (or undone back to its saved state) or
 * its changes are given up, the copy is deleted. Writes and deletes are serialized, so a deleted copy never
 * comes back from a write that was already under way.
 */
public final class RecoveryAutosave {

    public static final Duration DELAY = Duration.ofSeconds(3);

    /** Runs a task once after a delay, on some thread; the returned action cancels it if it has not started. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Duration delay, Runnable task);
    }

    private final RecoveryCopies copies;
    private final Scheduler scheduler;
    private final Object lock = new Object();
    private final ChangeListener<Object> onChange = (obs, old, value) -> changed();
    private EditSession session;
    private long journeyId;
    // guarded by lock: the journey to write, the cancel action of the scheduled write, and the generation of
    // copies (bumped by every delete, so a write scheduled before it does nothing)
    private Journey pending;
    private Runnable cancel;
    private long generation;

    public RecoveryAutosave(RecoveryCopies copies, Scheduler scheduler) {
        this.copies = copies;
        this.scheduler = scheduler;
    }

    /** Starts keeping copies of this journey (and stops for the one before, leaving its copy as it is). */
    public void watch(long id, EditSession next) {
        stop();
        journeyId = id;
        session = next;
        next.revisionProperty().addListener(onChange);
        next.dirtyProperty().addListener(onChange);
        changed();
    }

    /** Stops keeping copies; a copy already written stays. */
    public void stop() {
        if (session != null) {
            session.revisionProperty().removeListener(onChange);
            session.dirtyProperty().removeListener(onChange);
            session = null;
        }
        synchronized (lock) {
            cancelPending();
        }
    }

    /** Deletes the copy of the watched journey: its changes were saved or given up. */
    public void discard() {
        if (session != null) {
            forget(journeyId);
        }
    }

    /** Deletes the copy of any journey, e.g. one that is deleted. */
    public void forget(long id) {
        synchronized (lock) {
            if (id == journeyId) {
                cancelPending();
                generation++;
            }
            copies.delete(id);
        }
    }

    private void changed() {
        if (session == null) {
            return;
        }
        if (!session.dirtyProperty().get()) {
            discard();
            return;
        }
        synchronized (lock) {
            pending = session.journey();
            if (cancel == null) {
                long id = journeyId;
                long scheduledIn = generation;
                cancel = scheduler.schedule(DELAY, () -> write(id, scheduledIn));
            }
        }
    }

    private void write(long id, long scheduledIn) {
        synchronized (lock) {
            cancel = null;
            if (scheduledIn != generation || pending == null) {
                return;
            }
            try {
                copies.write(id, pending);
            } catch (IOException | RuntimeException e) {
                // a safety net only: the next change tries again
            }
        }
    }

    private void cancelPending() {
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
        pending = null;
    }
}
