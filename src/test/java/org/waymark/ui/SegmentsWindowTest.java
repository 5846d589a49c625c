package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.segment.ConsentComparison;
import org.waymark.model.segment.ConsentRule;
import org.waymark.model.segment.ContactField;
import org.waymark.model.segment.FieldOperator;
import org.waymark.model.segment.FieldRule;
import org.waymark.model.segment.RuleGroup;
import org.waymark.model.segment.SegmentSummary;
import org.waymark.store.segment.SegmentRepository;

/** Ctrl+6 shows the segments; a dynamic segment is built with the keyboard alone and its live count follows. */
class SegmentsWindowTest extends DemoWindowTest {

    @Start
    void start(Stage ignored) {
        showDemo();
    }

    @Test
    void aDynamicSegmentIsBuiltByKeyboardAndCountedAsItChanges(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        ListView<?> list = robot.lookup("#segment-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 9);
        assertThat(list.isFocused()).isTrue();

        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        robot.write("Bostonians with marketing consent");
        robot.type(KeyCode.TAB, 5);
        robot.write("ci");
        robot.type(KeyCode.TAB, 2).write("Boston");
        RuleGroup boston = RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston"));
        waitForCount(robot, boston);

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 3).release(KeyCode.SHIFT);
        robot.type(KeyCode.SPACE);
        robot.write("con");
        robot.type(KeyCode.TAB, 2).write("(4");
        RuleGroup both = RuleGroup.all(new FieldRule(ContactField.CITY, FieldOperator.EQUALS, "Boston"),
                RuleGroup.any(new ConsentRule(ConsentComparison.AT_LEAST, ConsentLevel.MARKETING)));
        long expected = waitForCount(robot, both);
        assertThat(expected).isPositive().isLessThan(count(boston));
        TableView<?> preview = robot.lookup("#segment-preview").queryTableView();
        assertThat(preview.getItems()).hasSize((int) Math.min(expected, 25));

        robot.push(KeyCode.SHORTCUT, KeyCode.S); // in the builder, Ctrl+S saves the segment
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 10
                && list.getSelectionModel().getSelectedItem() != null);
        SegmentSummary saved = new SegmentRepository(store, CLOCK).findByName("Bostonians with marketing consent")
                .orElseThrow();
        assertThat(saved.query()).isEqualTo(both);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(saved);
    }

    @Test
    void closingTheWindowWithAnUnsavedSegmentAsksAndGoBackKeepsIt(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT6);
        robot.clickOn("#segment-new-dynamic");
        robot.write("Half built");
        javafx.stage.Window window = robot.lookup("#segment-list").query().getScene().getWindow();

        javafx.application.Platform.runLater(() -> window.fireEvent(
                new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Go back").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("Not saved: segment \u201cHalf built\u201d.");
        robot.clickOn("Go back");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isTrue();
        assertThat(robot.lookup("#segment-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Half built");
    }

    private long waitForCount(FxRobot robot, RuleGroup query) throws TimeoutException {
        long expected = count(query);
        String text = String.format(Locale.ENGLISH, "%,d contacts match", expected);
        Label count = robot.lookup("#segment-count").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> count.getText().equals(text));
        } catch (TimeoutException e) {
            throw new AssertionError("expected \"" + text + "\" but the count says \"" + count.getText()
                    + "\"; focus on " + count.getScene().getFocusOwner(), e);
        }
        return expected;
    }

    private long count(RuleGroup query) {
        return new SegmentRepository(store, CLOCK).count(query, CLOCK.instant());
    }
}
