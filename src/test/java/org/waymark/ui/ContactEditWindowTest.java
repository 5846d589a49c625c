package org.waymark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.model.audience.AccountSummary;
import org.waymark.model.audience.ContactSummary;
import org.waymark.model.journey.ConsentLevel;
import org.waymark.store.Store;
import org.waymark.store.demo.DemoWorkspace;

/**
 * Issue 7's contact form: a user finds a contact in the Contacts tab, opens it with Enter, moves it to another city,
 * raises its consent, subscribes it to a list, saves, and sees the list show the change with the contact still
 * selected; the store holds the new membership. Then the accounts: a user switches the list to accounts, sees the
 * selected account's timeline, opens it with Enter, changes its city and saves.
 */
@ExtendWith(ApplicationExtension.class)
class ContactEditWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:20:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    private Store store;
    private String email;
    private long contactId;
    private long listId;

    @Start
    void start(Stage ignored) {
        store = Store.open(dir.resolve("store"));
        new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, CLOCK, 40, 300).generate(store);
        var contact = store.dsl().resultQuery("SELECT id, email FROM contact WHERE email IS NOT NULL "
                + "AND consent_rank < 5 ORDER BY id LIMIT 1").fetchOne();
        contactId = contact.get(0, Long.class);
        email = contact.get(1, String.class);
        listId = store.dsl().resultQuery("SELECT s.id FROM segment s WHERE s.kind = 'SUBSCRIPTION_LIST' AND NOT "
                + "EXISTS (SELECT 1 FROM segment_member m WHERE m.segment_id = s.id AND m.contact_id = "
                + contactId + ") ORDER BY s.id LIMIT 1").fetchOne(0, Long.class);
        TestDesktop.show(store, CLOCK, new Stage());
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aUserEditsAContactsCityConsentAndSubscriptionsByKeyboard(FxRobot robot) throws TimeoutException {
        TableView<ContactSummary> table = openTheContact(robot);
        robot.clickOn("#contact-city");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("Ōsaka \"Kita\"");
        robot.type(KeyCode.TAB); // to the country
        robot.type(KeyCode.TAB); // the account
        robot.type(KeyCode.TAB); // the business unit
        robot.type(KeyCode.TAB); // the consent level
        robot.interact(() -> robot.lookup("#contact-consent").queryComboBox().getSelectionModel()
                .select(ConsentLevel.PROFILING));
        CheckBox list = robot.lookup("#contact-subscription-" + listId).queryAs(CheckBox.class);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(list.isSelected()).isTrue();
        robot.clickOn("#contact-city").type(KeyCode.ENTER); // Enter in a field presses the default button, Save

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contact-editor").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().get(0).city().equals("Ōsaka \"Kita\""));
        WaitForAsyncUtils.waitForFxEvents(); // the list's change is still being handed round on the FX thread
        ContactSummary row = table.getItems().get(0);
        assertThat(row.consent()).isEqualTo(ConsentLevel.PROFILING);
        assertThat(table.getSelectionModel().getSelectedItem()).as("still selected").isEqualTo(row);
        assertThat(store.dsl().fetchCount(store.dsl().selectFrom("segment_member")
                .where("segment_id = " + listId + " AND contact_id = " + contactId))).isEqualTo(1);
    }

    @Test
    void escapeWithUnsavedChangesAsksAndKeepEditingKeepsThem(FxRobot robot) throws TimeoutException {
        TableView<ContactSummary> table = openTheContact(robot);
        String city = table.getItems().get(0).city();
        robot.clickOn("#contact-city");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("Nowhere");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Keep editing").tryQuery().isPresent());
        robot.clickOn("Keep editing");
        assertThat(robot.lookup("#contact-city").queryAs(TextField.class).getText()).isEqualTo("Nowhere");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Discard changes").tryQuery().isPresent());
        robot.clickOn("Discard changes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contact-editor").tryQuery().isEmpty());
        assertThat(store.dsl().fetchValue("SELECT COALESCE(city, '') FROM contact WHERE id = " + contactId))
                .isEqualTo(city);
    }

    /** Finds the contact by its email in the Contacts tab and opens its form with Enter; returns the list. */
    private TableView<ContactSummary> openTheContact(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.clickOn("#contact-search").write(email).type(KeyCode.ENTER);
        TableView<ContactSummary> table = robot.lookup("#contact-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contact-email").tryQuery()
                .map(n -> email.equals(((TextField) n).getText())).orElse(false));
        return table;
    }

    @Test
    void aUserSwitchesToAccountsSeesAnAccountsTimelineAndRenamesIt(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.clickOn("#people-accounts");
        TableView<AccountSummary> table = robot.lookup("#account-table").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        AccountSummary first = table.getItems().get(0);
        robot.clickOn("#account-search").write(first.name()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().stream()
                .allMatch(a -> a.name().contains(first.name())));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(first);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timeline-heading").queryAs(Label.class)
                .getText().equals(first.name() + " (account)"));
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#account-name").tryQuery()
                .map(n -> first.name().equals(((TextField) n).getText())).orElse(false));
        ListView<?> people = robot.lookup("#account-contacts").queryListView();
        assertThat(people.getItems()).hasSize(first.contacts());
        robot.clickOn("#account-city");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("Reykjavík");
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#account-editor").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> a.id() == first.id() && a.city().equals("Reykjavík")));
        assertThat(table.getSelectionModel().getSelectedItem().id()).as("still selected").isEqualTo(first.id());
    }
}
