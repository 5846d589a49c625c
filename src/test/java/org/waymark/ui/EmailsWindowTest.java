package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.engagement.TemplateResult;

/** Ctrl+4 shows every demo email with its results; arrows pick one and its chart of opens and clicks follows. */
class EmailsWindowTest extends DemoWindowTest {

    @Start
    void start(Stage ignored) {
        showDemo();
    }

    @Test
    void theEmailsTabShowsResultsAndChartsTheSelectedEmailByKeyboard(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        @SuppressWarnings("unchecked")
        TableView<TemplateResult> table = (TableView<TemplateResult>) (TableView<?>) robot.lookup("#email-results")
                .queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.sent()).isPositive());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#email-chart-summary")
                .queryAs(Label.class).getText().contains("opens"));
        LineChart<?, ?> chart = robot.lookup("#email-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).isNotEmpty();
        assertThat(chart.getAccessibleText()).startsWith("'" + table.getSelectionModel().getSelectedItem().name());
        robot.clickOn("Recipients");
        TableView<?> recipients = robot.lookup("#email-recipients").queryTableView();
        assertThat(recipients.getItems()).hasSizeGreaterThan(1).allSatisfy(row -> assertThat(
                ((org.waymark.ui.engagement.RecipientRow) row).status()).matches("(Bounced|Replied|Not yet opened|"
                + "Sent, not yet delivered|Opened).*"));
    }
}
