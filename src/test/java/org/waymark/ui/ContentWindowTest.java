package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.content.AssetKind;
import org.waymark.model.content.AssetStatus;
import org.waymark.store.AssetRepository;
import org.waymark.ui.content.AssetRow;

/**
 * Ctrl+5 opens the Content tab; a new email gets a subject and body with {{firstName}}, is previewed as a contact
 * reads it, and is published.
 */
class ContentWindowTest extends DemoWindowTest {

    @Start
    void start(Stage ignored) {
        showDemo();
    }

    @Test
    void anEmailIsCreatedWrittenPreviewedWithAContactAndPublished(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        @SuppressWarnings("unchecked")
        TableView<AssetRow> table = (TableView<AssetRow>) (TableView<?>) robot.lookup("#content-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 20);
        assertThat(table.isFocused()).isTrue();

        robot.clickOn("#content-new");
        robot.clickOn("#content-new-email");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#content-subject").tryQuery().isPresent());
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("New marketing email");
        assertThat(new AssetRepository(store).names(AssetKind.EMAIL)).contains("New marketing email");

        robot.clickOn("#content-name").push(KeyCode.SHORTCUT, KeyCode.A).write("Spring offer");
        robot.clickOn("#content-subject").write("Hello {{firstname}}");
        Label notes = robot.lookup("#content-notes").queryAs(Label.class);
        assertThat(notes.getText()).contains("did you mean {{firstName}}?");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("Hello {{firstName}}");
        robot.clickOn("#content-body").write("<p>Dear {{firstName}}, spring is here.</p>");
        assertThat(robot.lookup("#content-subject").queryAs(TextField.class).getText())
                .isEqualTo("Hello {{firstName}}");
        assertThat(notes.isVisible()).isFalse();
        robot.push(KeyCode.SHORTCUT, KeyCode.S); // saves the email, not the journey
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new AssetRepository(store).names(AssetKind.EMAIL)
                .contains("Spring offer"));
        assertThat(robot.lookup("#content-message").queryAs(Label.class).getText()).isEqualTo("Saved 'Spring offer'");

        ContactSummary someone = new org.waymark.store.ContactRepository(store).search("", 0, 1).get(0);
        robot.clickOn("#preview-search").write(someone.lastName());
        @SuppressWarnings("unchecked")
        ListView<ContactSummary> people = (ListView<ContactSummary>) (ListView<?>) robot.lookup("#preview-contacts")
                .queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !people.getItems().isEmpty());
        robot.interact(() -> people.getSelectionModel().select(people.getItems().stream()
                .filter(p -> p.id() == someone.id()).findFirst().orElseThrow()));
        Label title = robot.lookup("#preview-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> title.getText().equals("Hello " + someone.firstName()));
        assertThat(robot.lookup("#preview-body").queryAs(TextArea.class).getText())
                .isEqualTo("Dear " + someone.firstName() + ", spring is here.");

        robot.clickOn("#content-publish");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new AssetRepository(store)
                .status(AssetKind.EMAIL, "Spring offer").filter(s -> s == AssetStatus.PUBLISHED).isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem().statusText()
                .get().equals("Published"));
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Spring offer");
        assertThat(robot.lookup("#content-message").queryAs(Label.class).getText())
                .isEqualTo("Published 'Spring offer'");
    }
}
