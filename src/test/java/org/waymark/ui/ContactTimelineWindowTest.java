package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jooq.Record2;
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
import org.waymark.store.demo.DemoWorkspace;
import org.waymark.ui.timeline.TimelineRow;

/**
 * Issue 6's walk through the timeline: a user finds a demo contact in the Contacts tab, sees their timeline, keeps
 * only opened emails with the Email toggle and the "Opened" subtype, and expands one to read the message and what
 * the contact did with it; then Clear all brings everything back, and the account's timeline offers its contacts.
 */
@ExtendWith(ApplicationExtension.class)
class ContactTimelineWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private String email;
    private String firstName;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        Record2<String, String> opener = store.dsl().resultQuery("SELECT c.email, c.first_name FROM contact c "
                        + "WHERE c.account_id IS NOT NULL AND EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id "
                        + "AND i.type = 'EMAIL' AND i.subtype = 'opened') ORDER BY c.id LIMIT 1")
                .coerce(org.jooq.impl.DSL.field("email", String.class), org.jooq.impl.DSL.field("first_name", String.class))
                .fetchOne();
        email = opener.value1();
        firstName = opener.value2();
        TestDesktop.show(store, CLOCK, new Stage());
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aUserFiltersAContactsTimelineToOpenedEmailsAndPreviewsOne(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.clickOn("#contact-search").write(email).type(KeyCode.ENTER);
        TableView<?> table = robot.lookup("#contact-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.type(KeyCode.TAB);
        robot.interact(() -> table.getSelectionModel().select(0));
        ListView<TimelineRow> list = robot.lookup("#timeline-list").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        assertThat(robot.lookup("#timeline-heading").queryAs(Label.class).getText()).startsWith(firstName + " ");
        String everything = robot.lookup("#timeline-count").queryAs(Label.class).getText();
        assertThat(everything).matches("[\\d,]+ interactions?");
        assertThat(headlines(list)).doesNotHaveDuplicates().hasSizeGreaterThan(1);

        robot.clickOn("#timeline-type-email");
        robot.clickOn("#timeline-more-filters");
        robot.clickOn("#timeline-subtype-email-opened");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> headlines(list).equals(List.of("Email opened")));
        assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).endsWith("the filters");

        TimelineRow.Entry first = list.getItems().stream().filter(TimelineRow.Entry.class::isInstance)
                .map(TimelineRow.Entry.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(first);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timeline-kpis").tryQuery().isPresent());
        Label title = robot.lookup("#timeline-preview-title").queryAs(Label.class);
        assertThat(title.getText()).isNotBlank().doesNotContain("{{");
        assertThat(robot.lookup("#timeline-preview-body").queryAs(Label.class).getText())
                .contains("Hello " + firstName);
        assertThat(robot.lookup("#timeline-kpis").queryAs(Label.class).getText()).matches("[1-9]\\d* opens? · .*");

        robot.clickOn("#timeline-clear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timeline-count").queryAs(Label.class)
                .getText().equals(everything));

        robot.clickOn("#timeline-switch");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timeline-heading").queryAs(Label.class)
                .getText().endsWith("(account)"));
        javafx.scene.control.ComboBox<?> people = robot.lookup("#timeline-contact").queryComboBox();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> people.getItems().size() > 2);
        assertThat(people.getItems().get(people.getItems().size() - 1).toString())
                .isEqualTo("Activities not mapped to a contact");
    }

    private static List<String> headlines(ListView<TimelineRow> list) {
        return list.getItems().stream().filter(TimelineRow.Entry.class::isInstance)
                .map(r -> ((TimelineRow.Entry) r).headline()).distinct().toList();
    }
}
