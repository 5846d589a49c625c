package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.ui.engagement.MessageRow;

/**
 * By keyboard alone: Ctrl+4 opens the Emails tab, Ctrl+Tab goes to Messages, the arrows pick a message that was
 * opened, Enter shows its engagement detail with its KPIs and history, Esc comes back to the list.
 */
class EmailMessagesWindowTest extends DemoWindowTest {

    @Start
    void start(Stage ignored) {
        showDemo();
    }

    @Test
    void aMessageOpensByKeyboardWithItsKpisAndEscGoesBack(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        TableView<?> templates = robot.lookup("#email-results").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !templates.getItems().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        @SuppressWarnings("unchecked")
        TableView<MessageRow> messages = (TableView<MessageRow>) (TableView<?>) robot.lookup("#email-messages")
                .queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> messages.getItems().size() == 100 && messages.isFocused());
        assertThat(robot.lookup("#messages-summary").queryAs(Label.class).getText()).startsWith("Showing 100 of ");

        robot.clickOn("#message-status").type(KeyCode.DOWN, 5).type(KeyCode.ENTER); // Replied
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !messages.getItems().isEmpty()
                && messages.getItems().stream().allMatch(r -> r.status().startsWith("Replied")));
        MessageRow first = messages.getItems().get(0);
        robot.interact(messages::requestFocus);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);

        Label opens = robot.lookup("#message-kpi-opens").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opens.getText().equals("–"));
        assertThat(opens.getText()).isEqualTo(String.valueOf(first.message().opens()));
        assertThat(robot.lookup("#message-kpi-replies").queryAs(Label.class).getText()).isNotEqualTo("0");
        assertThat(opens.getAccessibleText()).isEqualTo("Opens: " + first.message().opens());
        assertThat(robot.lookup("#message-heading").queryAs(Label.class).getText())
                .startsWith(first.message().emailName() + " to " + first.message().recipient());
        TableView<?> history = robot.lookup("#message-history").queryTableView();
        assertThat(history.getItems()).isNotEmpty();
        assertThat(history.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Node detail = robot.lookup("#message-detail").query();
        assertThat(detail.isVisible()).isFalse();
        assertThat(messages.isFocused()).isTrue();

        robot.clickOn((Node) robot.lookup("#email-messages .column-header .label")
                .match((Label l) -> l.getText().equals("Opens")).query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#message-sort")
                .queryComboBox().getValue().toString().equals("OPENS"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> messages.getItems().size() > 1 && messages.getItems()
                .get(0).message().opens() >= messages.getItems().get(messages.getItems().size() - 1).message().opens());
        assertThat(messages.getSortOrder()).hasSize(1);
        assertThat(messages.getSortOrder().get(0).getText()).isEqualTo("Opens");
    }
}
