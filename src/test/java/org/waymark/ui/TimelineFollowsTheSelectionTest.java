package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jooq.Record3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.audience.ContactSummary;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/**
 * Issue 15, finding 9: the timeline always shows the contact selected in the list, even when a new search puts
 * another contact of the same name where the last one was; with nothing selected, it shows no one's history.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFollowsTheSelectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));
    private static final String TWIN = "twin@example.com";

    @TempDir
    Path dir;
    private Store store;
    private String email;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        Record3<String, String, String> busy = store.dsl().resultQuery("SELECT c.email, c.first_name, c.last_name "
                        + "FROM contact c WHERE EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id) "
                        + "ORDER BY c.id LIMIT 1")
                .coerce(org.jooq.impl.DSL.field("email", String.class), org.jooq.impl.DSL.field("first_name", String.class),
                        org.jooq.impl.DSL.field("last_name", String.class))
                .fetchOne();
        email = busy.value1();
        store.dsl().execute("INSERT INTO contact (first_name, last_name, email, business_unit_id, consent_rank) "
                + "SELECT first_name, last_name, ?, business_unit_id, consent_rank FROM contact WHERE email = ?",
                TWIN, email);
        TestDesktop.show(store, CLOCK, new Stage());
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aNewSearchNeverLeavesThePreviousContactsHistoryShowing(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        TableView<ContactSummary> table = robot.lookup("#contact-table").queryTableView();
        ListView<?> timeline = robot.lookup("#timeline-list").queryListView();
        search(robot, email, table);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty());

        search(robot, TWIN, table);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ContactSummary selected = table.getSelectionModel().getSelectedItem();
        Label count = robot.lookup(".timeline-count").queryAs(Label.class);
        if (selected == null) {
            assertThat(timeline.getItems()).as("nothing selected: no one's history").isEmpty();
            assertThat(count.getText()).isEqualTo("Open a contact to see its timeline.");
        } else {
            assertThat(selected.email()).isEqualTo(TWIN);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.getItems().isEmpty());
            assertThat(count.getText()).as("the twin's own (empty) history").isEqualTo("No interactions yet.");
        }

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().email()).isEqualTo(TWIN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "No interactions yet.".equals(count.getText()));
        assertThat(timeline.getItems()).isEmpty();
    }

    private static void search(FxRobot robot, String text, TableView<ContactSummary> table) throws TimeoutException {
        robot.clickOn("#contact-search");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).email().equals(text));
    }
}
