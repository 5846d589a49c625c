package org.waymark.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The background helper's promises, with both threads played by hand: only the latest question is answered, a job's
 * progress shows while its question counts, and Cancel stops what has not started and reports the end of the rest.
 */
class AnswerLineTest {

    /** Runs what it was given when told to, in order. */
    private static final class Queue implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final Queue background = new Queue();
    private final Queue ui = new Queue();
    private final AnswerLine line = new AnswerLine(background, ui);
    private final List<String> shown = new ArrayList<>();

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        line.ask(() -> "Ada's history", shown::add, e -> shown.add("failed"));
        background.runAll(); // Ada's answer is read, and waits for the ui thread
        line.ask(() -> "Grace's history", shown::add, e -> shown.add("failed"));
        background.runAll();
        ui.runAll();
        assertThat(shown).containsExactly("Grace's history");
        assertThat(line.busyProperty().get()).isFalse();
    }

    @Test
    void aFollowUpIsAnsweredUnlessANewQuestionCameFirst() {
        line.ask(() -> "page 1", shown::add, e -> { });
        background.runAll();
        ui.runAll();
        line.askMore(() -> "page 2", shown::add, e -> { });
        assertThat(line.busyProperty().get()).isTrue();
        background.runAll();
        ui.runAll();
        line.askMore(() -> "page 3", shown::add, e -> { });
        line.ask(() -> "another filter, page 1", shown::add, e -> { });
        background.runAll();
        ui.runAll();
        assertThat(shown).containsExactly("page 1", "page 2", "another filter, page 1");
    }

    @Test
    void aFailureIsReportedOnTheUiThreadAndADroppedLineAnswersNothing() {
        line.<String>ask(() -> {
            throw new IllegalStateException("store closed");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        background.runAll();
        assertThat(shown).as("not before the ui thread runs").isEmpty();
        ui.runAll();
        assertThat(shown).containsExactly("failed: store closed");

        int[] reads = {0};
        line.ask(() -> ++reads[0], n -> shown.add("read"), e -> { });
        line.drop();
        background.runAll();
        ui.runAll();
        assertThat(reads[0]).as("a dropped read that had not started does not run").isZero();
        assertThat(shown).containsExactly("failed: store closed");
        assertThat(line.busyProperty().get()).isFalse();
    }

    @Test
    void progressReachesTheUiThreadOneUpdateAtATimeWhileItsQuestionCounts() {
        int[] uiTasksSeen = new int[1];
        line.run(progress -> {
            progress.report(0.25, "Reading the contacts…");
            progress.report(0.5, "Half way");
            uiTasksSeen[0] = ui.tasks.size();
            ui.runAll();
            progress.report(1.5, " ");
            ui.runAll();
            return "done";
        }, shown::add, e -> shown.add("failed"));
        assertThat(line.progressProperty().get()).as("not known before the job says").isEqualTo(-1);
        background.runAll();
        assertThat(uiTasksSeen[0]).as("the second update waits for the first").isEqualTo(1);
        assertThat(line.progressProperty().get()).as("at most all").isEqualTo(1);
        assertThat(line.progressTextProperty().get()).as("a blank text keeps the last one").isEqualTo("Half way");
        assertThat(shown).as("the answer waits for the ui thread").isEmpty();
        ui.runAll();
        assertThat(shown).containsExactly("done");

        line.run(progress -> {
            progress.report(0.1, "An older job");
            return "older";
        }, shown::add, e -> shown.add("failed"));
        assertThat(line.progressProperty().get()).as("a new job's progress starts unknown").isEqualTo(-1);
        background.runAll();
        line.drop();
        ui.runAll();
        assertThat(line.progressTextProperty().get()).as("a dropped job's progress is not shown").isEmpty();
        assertThat(shown).containsExactly("done");
    }

    @Test
    void cancelAsksTheJobToStopAndSaysSoOnceItHasStopped() {
        boolean[] heard = new boolean[2];
        line.<String>run(progress -> {
            progress.report(0.4, "Writing");
            heard[0] = progress.isCancelled();
            assertThat(line.cancel()).as("the user cancels while it runs").isTrue();
            assertThat(line.cancel()).as("once").isFalse();
            heard[1] = progress.isCancelled();
            throw new IllegalStateException("stopped before writing"); // as a job that heard it stops
        }, shown::add, e -> shown.add(e instanceof CancellationException ? "cancelled" : "failed"));
        background.runAll();
        assertThat(heard[0]).isFalse();
        assertThat(heard[1]).isTrue();
        assertThat(line.busyProperty().get()).as("until its end reaches the ui thread").isTrue();
        ui.runAll();
        assertThat(shown).as("its answer is dropped").containsExactly("cancelled");
        assertThat(line.progressTextProperty().get()).as("nor is its progress shown").isEmpty();
        assertThat(line.busyProperty().get()).isFalse();
        assertThat(line.cancel()).as("nothing left to cancel").isFalse();
    }

    @Test
    void aJobThatFinishedBeforeItHeardCancelSaysWhatItDid() {
        line.run(progress -> {
            assertThat(progress.isCancelled()).isFalse(); // its last look: then it commits
            line.cancel(); // the user's Cancel arrives while the commit runs
            return "written";
        }, shown::add, e -> shown.add("cancelled"));
        background.runAll();
        ui.runAll();
        assertThat(shown).as("never 'nothing was written' of work that was").containsExactly("written");
        assertThat(line.busyProperty().get()).isFalse();
    }

    @Test
    void aJobCancelledBeforeItStartsNeverRunsAndWorkAfterACancelStartsAfresh() {
        int[] runs = {0};
        line.run(progress -> ++runs[0], n -> shown.add("ran"), e -> shown.add("cancelled"));
        line.cancel();
        background.runAll();
        ui.runAll();
        assertThat(runs[0]).isZero();
        assertThat(shown).containsExactly("cancelled");

        line.run(progress -> ++runs[0], n -> shown.add("ran " + n), e -> shown.add("cancelled"));
        background.runAll();
        ui.runAll();
        assertThat(shown).containsExactly("cancelled", "ran 1");
    }

    @Test
    void aJobRunsThoughItsAnswerWentStaleWhereAReadDoesNot() {
        List<String> done = new ArrayList<>();
        line.run(progress -> done.add("saved"), saved -> shown.add("save answered"), e -> { });
        line.ask(() -> done.add("read"), read -> shown.add("read answered"), e -> { });
        line.ask(() -> done.add("read again"), read -> shown.add("read again answered"), e -> { });
        background.runAll();
        ui.runAll();
        assertThat(done).as("a job is done for its effect").containsExactly("saved", "read again");
        assertThat(shown).containsExactly("read again answered");

        line.run(progress -> "first", shown::add, e -> { });
        line.run(progress -> "second", shown::add, e -> { });
        background.runAll();
        ui.runAll();
        assertThat(shown).as("jobs do not make each other stale")
                .containsExactly("read again answered", "first", "second");
    }

    @Test
    void anErrorIsReportedAsAFailureToo() {
        line.<String>run(progress -> {
            throw new StackOverflowError();
        }, shown::add, e -> shown.add("failed: " + e.getClass().getSimpleName() + " of "
                + e.getCause().getClass().getSimpleName()));
        background.runAll();
        ui.runAll();
        assertThat(shown).containsExactly("failed: ExecutionException of StackOverflowError");
        assertThat(line.busyProperty().get()).isFalse();
    }
}
