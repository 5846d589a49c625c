package org.waymark.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The background helper's promises, with both threads played by hand: only the latest question is answered. */
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
}
