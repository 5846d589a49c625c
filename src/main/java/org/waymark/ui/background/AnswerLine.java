package org.waymark.ui.background;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way the window works in the background: a line of questions whose answers are shown on the JavaFX thread,
 * where only the latest question counts. Call everything on the JavaFX thread, the executor the answers come on.
 * <ul>
 * <li>{@link #ask} reads off the JavaFX thread and hands the answer, or the failure, to the JavaFX thread, unless a
 * newer question was asked or the line {@link #drop() dropped} meanwhile: then the answer is thrown away, and a read
 * not started yet never starts. {@link #askMore} asks a follow-up (the next page) that a newer question makes stale
 * just the same.</li>
 * <li>{@link #run} hands over a job: work done for its effect (a save, an import, a simulation) and shown like an
 * answer. A job joins the current question (it makes no earlier answer stale) and always runs once handed over,
 * even when its answer goes stale meanwhile, unless it is {@link #cancel() cancelled} first. It may tell how far it
 * has come through its {@link Progress}, shown in {@link #progressProperty()} and {@link #progressTextProperty()}.</li>
 * <li>{@link #cancel()} is the user's Cancel: what the current question awaits is asked to stop ({@link
 * Progress#isCancelled()} turns true; threads are never interrupted: an interrupt closes H2's file channel), its
 * progress no longer shows, what has not started never starts, and once it has stopped its {@code failed} hears a
 * {@link CancellationException} instead of the answer. A job that changes the store checks the flag before it
 * commits and stops by throwing, so that a cancelled job leaves the store as it was; a job that returns all the same
 * did its work (the Cancel came after its last look), and its answer is shown: the window never says "nothing was
 * written" of work that was. Work handed over after a Cancel starts a new question
 * (what the cancelled one still awaits is then dropped).</li>
 * <li>Failures are reported the same way everywhere: {@code failed} hears the exception on the JavaFX thread (an
 * {@link Error} wrapped in an {@link ExecutionException}). {@link #busyProperty()} holds while anything of the
 * current question is awaited, a cancelled job until it has stopped.</li>
 * </ul>
 */
public final class AnswerLine {

    /** Work done for its effect, told how far it has come and asked whether to stop. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a job tells the window, and hears from it; safe to call from any thread, and cheap. */
    public interface Progress {

        /**
         * {@code fraction} of the work is done (0 to 1; negative while that is not known) and {@code text} says what
         * it is doing (blank: the last text stays). Updates reach the JavaFX thread one at a time, the latest first.
         */
        void report(double fraction, String text);

        /** True once the user cancelled: stop soon, and leave the store as it was. */
        boolean isCancelled();
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    /** The question the answers now awaited belong to; replaced on the JavaFX thread only. */
    private Question question = new Question();
    private int waiting;

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
        send(true, progress -> read.call(), answer, failed);
    }

    /**
     * Hands over {@code job}: it runs even if its answer goes stale before it starts (only {@link #cancel()} stops
     * it from starting), and {@code answer} or {@code failed} hears how it ended unless a newer question was asked
     * meanwhile. Its progress starts unknown.
     */
    public <T> void run(Job<T> job, Consumer<T> answer, Consumer<Exception> failed) {
        progress.set(-1);
        progressText.set("");
        send(false, job, answer, failed);
    }

    /** Forgets every answer still awaited (jobs still run); a read not started yet does not start. */
    public void drop() {
        question.stale.set(true);
        question = new Question();
        waiting = 0;
        busy.set(false);
        progress.set(-1);
        progressText.set("");
    }

    /**
     * The user's Cancel of what the current question awaits: see the class comment. False when nothing was awaited
     * or it was cancelled already.
     */
    public boolean cancel() {
        return waiting > 0 && question.cancelled.compareAndSet(false, true);
    }

    /** True while an answer to the current question is awaited. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the current job has come, 0 to 1; -1 while it has not said. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the current job last said it was doing; "" before it said. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    private <T> void send(boolean read, Job<T> work, Consumer<T> answer, Consumer<Exception> failed) {
        if (question.cancelled.get()) {
            drop(); // a cancelled question takes no more work: this starts afresh
        }
        Question mine = question;
        waiting++;
        busy.set(true);
        try {
            background.execute(() -> perform(mine, read, work, answer, failed));
        } catch (RejectedExecutionException closing) {
            waiting--; // the window is closing: nobody waits for this answer
            busy.set(waiting > 0);
        }
    }

    /** On the background thread. */
    private <T> void perform(Question mine, boolean read, Job<T> work, Consumer<T> answer,
                             Consumer<Exception> failed) {
        if (read && mine.stale.get()) {
            return; // nobody waits for this answer any more
        }
        T value = null;
        Exception problem = null;
        boolean done = false;
        if (!mine.cancelled.get()) {
            try {
                value = work.run(mine);
                done = !read;
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                problem = stopped;
            } catch (Exception e) {
                problem = e;
            } catch (Error e) {
                problem = new ExecutionException(e.toString(), e);
            }
        }
        T shown = value;
        Exception why = problem;
        boolean finished = done;
        ui.execute(() -> deliver(mine, shown, why, finished, answer, failed));
    }

    /** {@code finished}: a job that ran to its end, so did what it was for, whether or not a Cancel came too late. */
    private <T> void deliver(Question asked, T value, Exception problem, boolean finished, Consumer<T> answer,
                             Consumer<Exception> failed) {
        if (asked != question) {
            return; // an answer to an older question
        }
        waiting = Math.max(0, waiting - 1);
        busy.set(waiting > 0);
        if (asked.cancelled.get() && !finished) {
            failed.accept(new CancellationException("Cancelled"));
        } else if (problem != null) {
            failed.accept(problem);
        } else {
            answer.accept(value);
        }
    }

    private void show(Question from, Report report) {
        if (from != question || from.cancelled.get()) {
            return; // progress of an older question, or of one cancelled
        }
        progress.set(report.fraction() < 0 ? -1 : Math.min(1, report.fraction()));
        if (report.text() != null && !report.text().isBlank()) {
            progressText.set(report.text());
        }
    }

    private record Report(double fraction, String text) {
    }

    /** One question, with what its work hears: whether it is stale or cancelled, and where its progress goes. */
    private final class Question implements Progress {
        private final AtomicBoolean stale = new AtomicBoolean();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<Report> latest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();

        @Override
        public void report(double fraction, String text) {
            latest.set(new Report(fraction, text));
            if (!stale.get() && !cancelled.get() && posted.compareAndSet(false, true)) {
                ui.execute(() -> {
                    posted.set(false);
                    show(this, latest.get());
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
