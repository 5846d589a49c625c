package org.waymark.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.edit.ChangeSettings;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.model.journey.JourneySettings;
import org.waymark.model.journey.Recurrence;
import org.waymark.ui.SampleJourneys;
import org.waymark.ui.edit.EditSession;
import org.waymark.ui.properties.FakeAssets;

@ExtendWith(ApplicationExtension.class)
class JourneySettingsPaneTest {

    private final ObjectProperty<EditSession> current = new SimpleObjectProperty<>();
    private EditSession session;

    @Start
    void start(Stage stage) {
        session = new EditSession(SampleJourneys.read(SampleJourneys.WHITE_PAPER));
        current.set(session);
        Scene scene = new Scene(new JourneySettingsPane(current, new FakeAssets()), 420, 800);
        scene.getStylesheets().add(org.waymark.ui.appearance.Theme.LIGHT.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anEndBeforeTheStartIsShownAndNotApplied(FxRobot robot) {
        TextField endDate = robot.lookup("#setting-end-date").queryAs(TextField.class);
        assertThat(endDate.getText()).isEqualTo("2027-03-01");
        replaceText(robot, "#setting-end-date", "2026-11-30");
        assertThat(messages(robot)).contains("The end must be later than the start (2026-12-01 09:00)");
        assertThat(settings().schedule().end()).isEqualTo(LocalDateTime.of(2027, 3, 1, 18, 0));
        assertThat(endDate.getText()).as("typed text is kept").isEqualTo("2026-11-30");

        replaceText(robot, "#setting-start-date", "2026-11-01");
        assertThat(settings().schedule().start()).isEqualTo(LocalDateTime.of(2026, 11, 1, 9, 0));
        assertThat(settings().schedule().end()).as("now valid, applied too").isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        assertThat(messages(robot)).doesNotContain("The end must be later than the start (2026-12-01 09:00)");
    }

    @Test
    void typingTheNameIsOneUndoStepAndABlankNameIsRefused(FxRobot robot) {
        TextField name = robot.lookup("#setting-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(messages(robot)).contains("A journey needs a name");
        assertThat(settings().name()).isEqualTo("New York white paper nurture");
        robot.write("Playbook nurture");
        assertThat(settings().name()).isEqualTo("Playbook nurture");
        robot.interact(session::undo);
        assertThat(settings().name()).isEqualTo("New York white paper nurture");
        assertThat(name.getText()).isEqualTo("New York white paper nurture");
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void recurrenceIsAppliedAndFlaggedWhenItDoesNotFit(FxRobot robot) {
        robot.interact(() -> robot.lookup("#setting-recurring").query().requestFocus());
        robot.clickOn("#setting-recurring");
        assertThat(settings().recurrence()).isEqualTo(new Recurrence(7, 12));
        robot.type(KeyCode.TAB, 2);
        javafx.scene.Node count = robot.lookup("#setting-count").query();
        assertThat(count.isFocused()).as("Tab reaches interval, then count").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.localToScene(count.getLayoutBounds()).getMaxY()).as("scrolled into view")
                .isLessThanOrEqualTo(count.getScene().getHeight());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("20");
        assertThat(settings().recurrence()).isEqualTo(new Recurrence(7, 20));
        assertThat(messages(robot)).anySatisfy(m -> assertThat(m).startsWith("7 days × 20 = 140 days does not fit"));
        robot.interact(() -> session.execute(new ChangeSettings(session.document(),
                new JourneySettingsViewModel(new FakeAssets()).with(settings(), d -> d.minimumConsent(ConsentLevel.NONE)),
                "minimum consent")));
        assertThat(robot.lookup("#setting-status").queryAs(TextField.class).getText()).isEqualTo("Draft");
        assertThat(robot.lookup("#setting-consent").queryComboBox().getValue()).isEqualTo(ConsentLevel.NONE);
    }

    @Test
    void theTimeZoneAndSuppressionSegmentArePickedBySearching(FxRobot robot) {
        replaceText(robot, "#setting-zone", "europe/par");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setting-zone").queryComboBox().getItems()).containsExactly("Europe/Paris");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings().schedule().zone()).isEqualTo(ZoneId.of("Europe/Paris"));

        replaceText(robot, "#setting-suppression", "Nobody at all");
        robot.type(KeyCode.TAB);
        assertThat(messages(robot)).contains("There is no segment named 'Nobody at all': pick one from the list");
        assertThat(settings().suppressionSegment()).isEqualTo("Do not contact");
        robot.interact(() -> robot.lookup("#setting-suppression").query().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.TAB);
        assertThat(settings().suppressionSegment()).as("empty: no suppression segment").isNull();
    }

    /** Focuses the control as Tab would (the pane scrolls it into view), selects its text and types. */
    private static void replaceText(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
    }

    private JourneySettings settings() {
        return session.journey().settings();
    }

    private static List<String> messages(FxRobot robot) {
        return robot.lookup(".field-message").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }
}
