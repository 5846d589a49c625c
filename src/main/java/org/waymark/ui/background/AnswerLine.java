package org.waymark.ui.background;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one way the window reads in the background: a line of questions whose answers are shown on the JavaFX
 * thread, where only the latest question counts. {@link #ask} reads off the JavaFX thread and hands the answer
 * (or the failure) to the JavaFX thread, unless a newer question was asked, or the line {@link #drop() dropped},
 * meanwhile: then the answer is thrown away (a read not started yet never starts). {@link #askMore} asks a
 * follow-up (the next page) that a newer question makes stale just the same. {@link #busyProperty()} holds while an
 * answer is awaited. Call everything on the JavaFX thread, the executor the answers come on.
 */
public final class AnswerLine {

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** Which question the answers now awaited belong to; touched on the JavaFX thread only. */
    private long question;
    private int waiting;
    private FutureTask<?> running;

    public AnswerLine(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** A new question: every answer still awaited is dropped, and {@code answer} or {@code failed} hears this one. */
    public <T> void ask(Callable<T> read, Consumer<T> answer, Consumer<Exception> failed) {
        drop();
        askMore(read, answer, failed);
    }

    /** A follow-up of the current question (the next page): dropped, like it, by the next question. */
    public <T> void askMore(Callable<T> read, Consumer<T> answer, Consumer<Exception> failed) {
        long mine = question;
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                T value = read.call();
                ui.execute(() -> deliver(mine, () -> answer.accept(value)));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                ui.execute(() -> deliver(mine, () -> failed.accept(e)));
            }
            return null;
        });
        waiting++;
        busy.set(true);
        running = task;
        try {
            background.execute(task);
        } catch (RejectedExecutionException closing) {
            waiting--; // the window is closing: nobody waits for this answer
            busy.set(waiting > 0);
        }
    }

    /** Forgets every answer still awaited; a read not started yet does not start. */
    public void drop() {
        question++;
        waiting = 0;
        busy.set(false);
        if (running != null) {
            running.cancel(false); // not interrupted: an interrupt closes the store's file channel under H2
            running = null;
        }
    }

    /** True while an answer to the current question is awaited. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void deliver(long asked, Runnable show) {
        if (asked != question) {
            return; // an answer to an older question
        }
        waiting = Math.max(0, waiting - 1);
        busy.set(waiting > 0);
        show.run();
    }
}
