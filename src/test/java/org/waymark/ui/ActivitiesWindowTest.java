package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.store.Store;
import org.waymark.ui.activities.ActivityRow;
import org.waymark.ui.activities.SourceImportDialog;
import org.waymark.ui.timeline.TimelineRow;

/**
 * Issue 6 as a user does it, by keyboard: Ctrl+3, Space on Import CSV… with a typed path, then the activity wizard
 * step by step with arrows and Enter, Save and create activities; the order then shows on the contact's
 * timeline. A bad file in the import dialog names its row and column and imports nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ActivitiesWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private Stage window;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        TestContacts contacts = new TestContacts(store);
        long engines = contacts.account("Analytical Engines");
        contacts.contact("Ada", "Lovelace", "ada@analytical.org", engines, "London", 4);
        contacts.contact("Grace", "Hopper", "grace@navy.mil", null, "Arlington", 2);
        window = new Stage();
        TestDesktop.show(store, CLOCK, window);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUserImportsOrdersAndMapsThemToTheTimelineByKeyboard(FxRobot robot) throws Exception {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, """
                order_id,email,ordered_at,status,total
                SO-1,ada@analytical.org,2026-04-01T09:30,Placed,129.90
                SO-2,grace@navy.mil,2026-04-02T10:00,Shipped,99.00
                """);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getScene().getFocusOwner().getId()).isEqualTo("activities-import");
        robot.type(KeyCode.SPACE); // Ctrl+3 puts the focus on Import CSV…
        DialogPane importing = dialog(robot);
        robot.clickOn("#import-path"); // Monocle leaves the keyboard with the window whose key opened the dialog
        robot.write(orders.toString()).type(KeyCode.ENTER);
        Button importButton = (Button) importing.lookupButton(SourceImportDialog.IMPORT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !importButton.isDisabled());
        robot.interact(importButton::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogWindow() == null);
        TableView<?> sources = robot.lookup("#source-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> sources.getItems().size() == 1);

        robot.clickOn("#activities-new");
        DialogPane wizard = dialog(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wizard.getScene().getFocusOwner() != null
                && "wizard-sources".equals(wizard.getScene().getFocusOwner().getId()));
        robot.targetWindow(wizard.getScene().getWindow()); // where write() types its characters
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);                  // 1: the orders table
        robot.write("SalesOrder").type(KeyCode.ENTER);                   // 2: the type
        robot.type(KeyCode.DOWN);                                        // 3: order_id, checked
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#wizard-key-check").queryAs(Label.class)
                .getText().contains("good key"));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.DOWN, 3);                   // 4: when = ordered_at
        robot.type(KeyCode.TAB).type(KeyCode.DOWN, 4);                   //    what happened = status
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN);    //    orderId = order_id
        robot.type(KeyCode.TAB).type(KeyCode.DOWN, 5);                   //    amount = total
        assertThat(robot.lookup("#wizard-problem").queryAs(Label.class).getText()).isEmpty();
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);                 // 5: contact by email
        assertThat(robot.lookup("#wizard-review").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).contains("Name: Orders", "Type: SalesOrder",
                        "When: ordered_at; what happened: status", "Contact: email (by email)");
        robot.type(KeyCode.ENTER);                                       // 6: Save and create activities
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogWindow() == null);

        Label message = robot.lookup("#activities-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("Saved"));
        assertThat(message.getText()).isEqualTo("Saved the activity \"Orders\" and created 2 timeline entries");
        TableView<?> activities = robot.lookup("#activity-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !activities.getItems().isEmpty());
        assertThat(activities.getItems()).extracting(r -> ((ActivityRow) r).name()).containsExactly("Orders");

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        TableView<Object> contacts = (TableView<Object>) (TableView<?>) robot.lookup("#contact-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> contacts.getItems().size() == 2);
        robot.interact(() -> contacts.getSelectionModel().select(contacts.getItems().stream()
                .filter(c -> ((org.waymark.model.audience.ContactSummary) c).firstName().equals("Ada")).findFirst()
                .orElseThrow()));
        ListView<TimelineRow> timeline = robot.lookup("#timeline-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(r -> r instanceof TimelineRow.Entry e && e.headline().equals("Placed")));
        TimelineRow.Entry placed = timeline.getItems().stream().filter(TimelineRow.Entry.class::isInstance)
                .map(TimelineRow.Entry.class::cast).findFirst().orElseThrow();
        assertThat(placed.asset()).isEqualTo("Orders");
        assertThat(placed.detail()).contains("SO-1").contains("129.9");
    }

    @Test
    void aBadFileNamesItsRowAndColumnAndNothingIsImported(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,note\n1,\"fine\"\n2,\"never closed\n");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE); // Ctrl+3 puts the focus on Import CSV…
        DialogPane importing = dialog(robot);
        robot.clickOn("#import-path");
        robot.write(broken.toString()).type(KeyCode.ENTER);
        Label problem = robot.lookup("#import-problem").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !problem.getText().isEmpty());
        assertThat(problem.getText()).startsWith("broken.csv: row 3").contains("quote");
        assertThat(importing.lookupButton(SourceImportDialog.IMPORT).isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogWindow() == null);
        assertThat(robot.lookup("#source-table").queryTableView().getItems()).isEmpty();
    }

    private DialogPane dialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialogWindow().getScene().getRoot();
    }

    private Window dialogWindow() {
        return Window.getWindows().stream().filter(w -> w != window && w.isShowing() && w instanceof Stage)
                .findFirst().orElse(null);
    }
}
